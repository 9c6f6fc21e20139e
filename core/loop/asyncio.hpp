// The asyncio core's objects: event loop, handles, futures and tasks, with CPython 3.11's
// semantics (Lib/asyncio/base_events.py, events.py, futures.py, tasks.py and the _asyncio C
// module). Everything here is a Python object so that programs can use it directly; the toolkit
// (toolkit/) and the asyncio module (modules/asyncio.cpp) are built on these functions.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "object/native.hpp"
#include "object/runtime.hpp"
#include "trace/sink.hpp"

namespace ls {

struct TaskObject;

// CPython runs an event loop through Python frames (asyncio.run -> Runner.run ->
// run_until_complete -> run_forever -> _run_once -> Handle._run -> Context.run -> a task's
// step) that count toward the recursion limit; ours are C++. A PyFrameDepth adds the depth those
// frames take, for as long as they would be on the stack, so a RecursionError in a callback or a
// coroutine comes at the depth CPython's does (and its traceback repeats the same number of
// lines).
struct PyFrameDepth {
  Runtime& rt;
  int n;
  PyFrameDepth(Runtime& r, int k) : rt(r), n(k) { rt.call_depth += n; }
  ~PyFrameDepth() { rt.call_depth -= n; }
  PyFrameDepth(const PyFrameDepth&) = delete;
  PyFrameDepth& operator=(const PyFrameDepth&) = delete;
};

enum class FutureState : uint8_t { Pending, Cancelled, Finished };

// A callback that is a C++ function bound to an object (a task's __step and task_wakeup): scheduled
// without allocating a builtin-function object per step. Python code that looks at it (handle._callback,
// reprs, fut._callbacks) gets an equivalent builtin function made on demand.
struct NativeCallback {
  NativeFn fn = nullptr;
  const char* name = nullptr;
  TypeObject* owner = nullptr;  // for the qualified name (Task.task_wakeup)
};

// events.Handle / events.TimerHandle
struct HandleObject : Object {
  NativeCallback native;  // when native.fn is set, `callback` is the object it is bound to
  Value callback;  // null once cancelled
  Value args;      // tuple
  Value loop;
  Value context;
  bool cancelled;
  bool is_timer;
  bool scheduled;  // TimerHandle: in the loop's heap
  double when;     // TimerHandle
  Value when_obj;  // TimerHandle made by call_at(when) with a `when` that is not a float (an int):
                   // when() and the repr give it back as it was passed, like CPython
  uint64_t seq;    // creation order (trace ids)
  int32_t trace_line;  // the line that scheduled it (set by the trace recorder)
  Value source_tb;     // debug mode's _source_traceback (loop/source_tb.hpp), else null
};

struct FutureCallback {
  Value fn;              // the callable, or the bound object of `native`
  Value context;
  NativeCallback native;
};

// _asyncio.Future (and the base of Task)
struct FutureObject : Object {
  FutureState state;
  bool log_traceback;      // exception set and never retrieved
  bool blocking;           // _asyncio_future_blocking
  bool is_task;
  Value result;
  Value exception;
  Value exception_tb;
  Value loop;
  Value cancel_message;
  Value cancelled_exc;     // the CancelledError a task's coroutine raised
  std::vector<FutureCallback>* callbacks;  // heap vector: Future structs are zero-initialized
  uint64_t id;             // creation order, for the trace
  Value source_tb;         // debug mode's _source_traceback (loop/source_tb.hpp), else null
};

// _asyncio.Task
struct TaskObject : FutureObject {
  Value coro;
  Value fut_waiter;        // the future the coroutine is suspended on
  Value name;              // str, or null until first asked (then "Task-N")
  Value context;
  int64_t name_number;     // N of "Task-N" when the name was not given
  int64_t num_cancels_requested;
  bool must_cancel;
  bool log_destroy_pending;
  uint32_t nsteps;           // steps run so far (the trace tells the first one apart)
  TaskObject* prev_created;  // intrusive list of live tasks in creation order (all_tasks)
  TaskObject* next_created;
};

// The event loop (asyncio.unix_events._UnixSelectorEventLoop).
struct LoopObject : Object {
  std::deque<Value>* ready;        // HandleObjects
  std::vector<Value>* scheduled;   // TimerHandle heap (heapq order)
  int64_t timer_cancelled_count;
  bool stopping;
  bool running;
  bool closed;
  bool debug;                      // truth of get_debug()
  bool asyncgens_shutdown_called;
  bool executor_shutdown_called;
  // _set_coroutine_origin_tracking(): debug mode has set sys.set_coroutine_origin_tracking_depth
  // to DEBUG_STACK_DEPTH (10) while the loop runs; the depth it replaced.
  bool origin_tracking;
  int origin_saved_depth;
  Value exception_handler;
  Value task_factory;
  Value current_task;
  // Async generators seen by the firstiter hook, in first-iteration order; non-owning like
  // CPython's WeakSet: each generator removes itself when it goes away (gen_register_weak).
  std::vector<Object*>* asyncgens;
  Value signal_handlers;           // dict signum -> Handle (add_signal_handler)
  // Signals caught by the handlers add_signal_handler installed and not yet seen by the loop (what
  // CPython's signal wake-up fd holds): the next iteration queues _read_from_self for them.
  std::vector<int64_t>* pending_signals;
  double slow_callback_duration;
  Value debug_value;  // what set_debug() was given, returned as is by get_debug(); null: `debug`
};

struct SourceSite;  // source_tb.hpp

// Per-run state of asyncio (kept in Runtime::module_state["asyncio"]).
struct AsyncioState {
  Runtime* rt = nullptr;
  TypeObject* future_type = nullptr;
  TypeObject* task_type = nullptr;
  TypeObject* future_iter_type = nullptr;
  TypeObject* handle_type = nullptr;
  TypeObject* timer_handle_type = nullptr;
  TypeObject* loop_type = nullptr;
  TypeObject* abstract_loop_type = nullptr;  // asyncio.events.AbstractEventLoop (methods raise NotImplementedError)
  TypeObject* base_loop_type = nullptr;      // asyncio.base_events.BaseEventLoop, loop_type's base
  // events.new_event_loop(): the current policy's new_event_loop() (set by the asyncio module;
  // null: the native loop).
  Value (*policy_new_event_loop)(Runtime& rt) = nullptr;
  TypeObject* cancelled_error = nullptr;
  TypeObject* invalid_state_error = nullptr;
  Value running_loop;              // events._get_running_loop()
  Value event_loop;                // the policy's loop (set_event_loop / get_event_loop)
  bool set_called = false;         // the policy's _set_called
  int64_t task_counter = 0;        // Task-N numbering (process-wide, like CPython)
  uint64_t next_id = 0;            // ids of futures/handles (trace)
  TaskObject* first_task = nullptr;  // live tasks, creation order
  TaskObject* last_task = nullptr;
  Value logger;                    // logging.getLogger("asyncio"), resolved lazily
  TraceSink* trace = nullptr;      // set when the run records a trace
  CancelSource cancel_source = CancelSource::User;  // who is cancelling right now (for the trace)
  bool internal_tasks = false;  // asyncio.run()'s own shutdown tasks are being created (trace)
  // The places of CPython's Python asyncio code the loop's C++ stands at right now, innermost
  // last (Handle._run calling the callback, _run_once releasing the handle it ran), each with the
  // program's visible frame that was innermost when it was entered (null: none).
  struct PySite {
    Object* anchor;
    const char* file;  // under asyncio/
    int line;
    const char* module;
  };
  std::vector<PySite> py_sites;
  // Debug mode (see source_tb.hpp): the CPython sites the next natively made Task takes
  // (TaskSiteScope), and the handle running now (CurrentHandleScope).
  const SourceSite* task_sites = nullptr;
  int task_sites_n = 0;
  Object* current_handle = nullptr;
  // Debug mode: the frames of CPython's Python asyncio code the loop's C++ is in now (runners.py's
  // run, run_until_complete, run_forever, _run_once, Handle._run), each with the program's frame
  // that was innermost when it was entered (StdFrameScope): a captured source traceback lists
  // them between the program's frames, as extract_stack would.
  struct StdFrame {
    Object* anchor;
    const SourceSite* site;
  };
  std::vector<StdFrame> std_frames;
  ~AsyncioState();
};

// Marks the cancellations issued inside a scope as coming from a toolkit mechanism.
struct CancelSourceScope {
  AsyncioState& st;
  CancelSource saved;
  CancelSourceScope(AsyncioState& s, CancelSource source) : st(s), saved(s.cancel_source) { s.cancel_source = source; }
  ~CancelSourceScope() { st.cancel_source = saved; }
  CancelSourceScope(const CancelSourceScope&) = delete;
  CancelSourceScope& operator=(const CancelSourceScope&) = delete;
};

AsyncioState& asyncio_state(Runtime& rt);   // creates the types on first use
AsyncioState* asyncio_state_if_any(Runtime& rt);

// --- loop -----------------------------------------------------------------------------------
Value new_event_loop(Runtime& rt);
inline LoopObject* as_loop(const Value& v) { return static_cast<LoopObject*>(v.obj()); }
bool is_loop(Runtime& rt, const Value& v);
double loop_time(Runtime& rt, LoopObject* loop);
// loop.time() + delay as call_later computes it (Python's addition), as a float.
bool loop_later_when(Runtime& rt, LoopObject* loop, const Value& delay, double* when);
// loop.call_soon(callback, *args, context=None)
Value loop_call_soon(Runtime& rt, const Value& loop, const Value& callback, Value args, const Value& context);
Value loop_call_at(Runtime& rt, const Value& loop, double when, const Value& callback, Value args,
                   const Value& context);
bool loop_check_closed(Runtime& rt, LoopObject* loop);
// run_forever / run_until_complete / stop
bool loop_run_forever(Runtime& rt, const Value& loop);
Value loop_run_until_complete(Runtime& rt, const Value& loop, const Value& future);
void loop_stop(LoopObject* loop);
// A loop driven by the Python frames of a green thread (_green_loop.py; see loop.cpp): begin
// (the checks of run_forever, the loop marked running, its asyncgen hooks set: returns the
// previous ones), wait (None: an iteration can run at once, else (pred, timeout) for
// green_block: the select's wait), once (an iteration that does not move the clock), end (given
// what begin returned).
Value loop_thread_begin(Runtime& rt, const Value& loop);
Value loop_thread_wait(Runtime& rt, const Value& loop);
bool loop_thread_once(Runtime& rt, const Value& loop);
void loop_thread_end(Runtime& rt, const Value& loop, const Value& saved);
Value loop_create_task(Runtime& rt, const Value& loop, const Value& coro, const Value& name, const Value& context);
Value loop_create_future(Runtime& rt, const Value& loop);
// loop.call_exception_handler(context_dict)
void loop_call_exception_handler(Runtime& rt, const Value& loop, const Value& context);
// The running loop, or null (no error).
Value get_running_loop(Runtime& rt);
// events.get_event_loop(): the running loop, else the policy's loop (created on first use).
Value get_event_loop(Runtime& rt);

// --- handles --------------------------------------------------------------------------------
Value new_handle(Runtime& rt, const Value& callback, Value args, const Value& loop, const Value& context);
Value new_timer_handle(Runtime& rt, double when, const Value& callback, Value args, const Value& loop,
                       const Value& context);
void handle_cancel(Runtime& rt, HandleObject* h);
// loop.call_soon(native-callback bound to self, *args)
Value loop_call_soon_native(Runtime& rt, const Value& loop, const NativeCallback& cb, const Value& self, Value args,
                            const Value& context);
// The Python callable a handle or future callback stands for (made on demand for native callbacks).
Value native_callable(Runtime& rt, const NativeCallback& cb, const Value& self);
void handle_run(Runtime& rt, const Value& handle);
// While alive: CPython would be running FILE:LINE of asyncio's Python code (in `module`).
struct PySiteScope {
  AsyncioState& st;
  PySiteScope(Runtime& rt, AsyncioState& s, const char* file, int line, const char* module);
  ~PySiteScope() { st.py_sites.pop_back(); }
  PySiteScope(const PySiteScope&) = delete;
  PySiteScope& operator=(const PySiteScope&) = delete;
};
// The innermost such place if no frame of the program has been entered since: CPython's innermost
// Python frame, where a warning issued now comes from (a coroutine never awaited, freed with the
// frame of a task's coroutine after it finished: Handle._run's events.py:80; with the handle
// _run_once drops: base_events.py:1907/1923). Null otherwise.
const AsyncioState::PySite* current_py_site(Runtime& rt);
inline HandleObject* as_handle(const Value& v) { return static_cast<HandleObject*>(v.obj()); }

// --- futures --------------------------------------------------------------------------------
inline FutureObject* as_future(const Value& v) { return static_cast<FutureObject*>(v.obj()); }
bool is_future_exact(Runtime& rt, const Value& v);  // Future or Task (C structs), any subclass
// asyncio.isfuture(): also duck-typed objects with _asyncio_future_blocking.
int isfuture(Runtime& rt, const Value& v);
Value new_future(Runtime& rt, const Value& loop);
bool future_set_result(Runtime& rt, FutureObject* f, const Value& result);
bool future_set_exception(Runtime& rt, FutureObject* f, const Value& exc);
bool future_cancel(Runtime& rt, FutureObject* f, const Value& msg);
// Adds a done callback (scheduled with call_soon when the future completes).
bool future_add_done_callback(Runtime& rt, FutureObject* f, const Value& fn, const Value& context);
// Future/Task __init__: loop.get_debug() on a loop that is not the native one (CPython's
// future_init), so a loop= that is not an event loop fails as in CPython.
bool future_init_check_loop(Runtime& rt, const Value& loop);
// RuntimeError "Future object is not initialized." for a Future/Task made without __init__.
bool future_check_initialized(Runtime& rt, FutureObject* f);
// Drops a future's outcome, callbacks and flags (a second __init__ call, CPython's future_init).
void future_reset_for_init(FutureObject* f);
bool future_add_native_done_callback(Runtime& rt, FutureObject* f, const NativeCallback& cb, const Value& self,
                                     const Value& context);
int64_t future_remove_done_callback(Runtime& rt, FutureObject* f, const Value& fn);
// future.result(): the result, or null with the exception raised (CancelledError, InvalidStateError).
Value future_result(Runtime& rt, FutureObject* f);
Value future_exception(Runtime& rt, FutureObject* f);
Value make_cancelled_error(Runtime& rt, FutureObject* f);
// The loop of any future-like object (futures._get_loop).
Value future_get_loop(Runtime& rt, const Value& fut);
// A callable calling fut.cancel() etc. are plain method lookups; these are for C++ callers that
// also accept duck-typed futures.
int future_like_done(Runtime& rt, const Value& fut);
int future_like_cancelled(Runtime& rt, const Value& fut);
Value future_like_cancel(Runtime& rt, const Value& fut, const Value& msg);
Value future_like_result(Runtime& rt, const Value& fut);
Value future_like_exception(Runtime& rt, const Value& fut);
bool future_like_add_done_callback(Runtime& rt, const Value& fut, const Value& fn);
std::string future_repr_info(Runtime& rt, FutureObject* f, bool* ok);

// --- tasks ----------------------------------------------------------------------------------
inline TaskObject* as_task(const Value& v) { return static_cast<TaskObject*>(v.obj()); }
bool is_task(Runtime& rt, const Value& v);
// tasks._register_task / _unregister_task for a Task: in or out of the registry all_tasks() reads.
void task_register(Runtime& rt, TaskObject* t);
void task_unregister(Runtime& rt, TaskObject* t);
Value new_task(Runtime& rt, const Value& coro, const Value& loop, const Value& name, const Value& context);
bool task_cancel(Runtime& rt, TaskObject* t, const Value& msg);
Value task_name(Runtime& rt, TaskObject* t);
Value current_task(Runtime& rt, const Value& loop);
// asyncio.all_tasks(loop): pending tasks in creation order.
std::vector<Value> all_tasks(Runtime& rt, const Value& loop);
// asyncio.ensure_future(obj, loop=...)
Value ensure_future(Runtime& rt, const Value& obj, const Value& loop);
// coroutines._format_coroutine(coro)
std::string format_coroutine(Runtime& rt, const Value& coro);

// reprlib.repr() with asyncio's limits (used in reprs of futures and handles).
std::string short_repr(Runtime& rt, const Value& v, bool* ok);
// format_helpers._format_callback_source(func, args)
std::string format_callback_source(Runtime& rt, const Value& fn, const Value& args, bool* ok);
// A native callback standing for a function of CPython's Lib/asyncio (a nested `def` or a
// module-level one) is shown in future/handle reprs as that function: `qualname` and
// ' at /usr/lib/python3.11/asyncio/FILE:LINE' (the `def` line of CPython 3.11.7's source). With
// `partial_of_self`, the builtin's bound self stands for the argument of a functools.partial
// (tasks._release_waiter bound to its waiter). Registering a function twice is harmless.
void register_native_callback(NativeFn fn, const char* qualname, const char* file, int line,
                              bool partial_of_self = false);

// Error helpers.
Value raise_invalid_state(Runtime& rt, const std::string& msg);

void init_loop_types(Runtime& rt, AsyncioState& st);
// The in-memory network (toolkit/streams.cpp) as the loop's selector sees it: whether a socket
// registered with `loop` is ready (select() would not block), and queueing the reader/writer
// callbacks of the ready ones (_process_events).
bool vnet_io_ready(Runtime& rt, const Value& loop);
void vnet_poll(Runtime& rt, const Value& loop);
// AbstractEventLoop's methods that are coroutine functions in CPython (they raise NotImplementedError).
Value abstract_not_implemented_async(Runtime& rt, const Value& self, CallArgs a);

}  // namespace ls
