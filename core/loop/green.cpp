// Green threads: the jobs of executors (loop.run_in_executor, asyncio.to_thread,
// concurrent.futures.ThreadPoolExecutor), started threading.Threads and _thread.start_new_thread's
// threads run as virtual threads on the virtual clock, one at a time and deterministically, the
// way CPython's threads run beside the main thread and its event loop.
//
// A job starts when it is submitted (when its pool has a free worker: max_workers jobs at once,
// later ones queue, as ThreadPoolExecutor's) and runs until it blocks in time.sleep(t): its frame
// chain is then suspended (VM::suspend_request, vm_run_thread) and the thread sleeps until its
// own clock's now + t while the loop and the other threads go on. The loop's "select" jumps the
// clock to the earliest timer or thread wake-up, whichever comes first, and runs the threads
// whose time has come before the due timers (green_run_due): a thread's outcome reaches the loop
// by the call_soon_threadsafe that CPython's worker makes. The main thread blocking (time.sleep,
// Future.result(), executor shutdown) lets the threads run as its clock passes their wake-ups.
//
// Each thread has its own clock (swapped into Runtime::virtual_time while it runs), exception
// state, context (contextvars), running loop and asyncgen hooks. Its chain is the frames one
// dispatch loop runs: Python calls, a class's Python __call__, a with statement's Python
// __enter__/__exit__, next(gen), generators driven by for/yield from/await, and -- handed on by
// vm_tail_call -- an event loop's run_forever/run_until_complete and asyncio.run/Runner
// (_green_loop.py). Where a wait is reached through a native frame all the same (a key function
// of sorted(), map() consumed by list(), a generator's throw() in a @contextmanager's exception
// path), or the job is not a Python function, the chain cannot be suspended: a sleep only moves
// the thread's clock and the thread runs on (a threading wait runs the other threads nested);
// its outcome is still delivered at its clock's time.
#include "loop/green.hpp"

#include <algorithm>
#include <deque>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "lang/frame.hpp"
#include "lang/function.hpp"
#include "lang/generator.hpp"
#include "lang/vm.hpp"
#include "loop/asyncio.hpp"
#include "modules/contextvars.hpp"
#include "modules/vclock.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/int.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace {

// os.cpu_count() is 1 in LoopScope (core/modules/py/os.py): ThreadPoolExecutor's default
// max_workers, min(32, os.cpu_count() + 4), is 5.
constexpr int64_t kCpuCount = 1;

enum class Phase : uint8_t { Fresh, Suspended, Ended, Done };

struct GreenThread {
  uint64_t seq = 0;
  int64_t pool = 0;
  Value func, args, kwargs;  // the job (args a tuple, kwargs a dict or null)
  GreenDeliver deliver = nullptr;
  Value target;
  bool notify_cancel = false;
  bool skip_delivery = false;
  Value enter_ctx;  // the Context a job of to_thread runs in (its ctx.run unwrapped)
  Value ctx;        // the thread's current context while it is switched out
  Value event_loop;         // the policy's loop for this thread (set_event_loop in the job)
  Value running_loop;       // the loop the thread runs (a loop's run_forever in the thread)
  Value agen_first, agen_final;  // the thread's sys.set_asyncgen_hooks() (its loop's)
  bool set_called = true;   // a thread other than the main one gets no loop made for it
  Value entry;      // the job's frame when it runs as a suspendable chain
  FrameObject* inner = nullptr;  // innermost frame of the suspended chain
  ExcInfo exc_base;
  ExcInfo* exc_top = nullptr;
  // The thread's Runtime::call_depth: its frames, over the five Python frames below a job in
  // CPython's worker (threading's _bootstrap, _bootstrap_inner, run; concurrent.futures' _worker,
  // _WorkItem.run).
  int depth = 5;
  int base_depth = 0;  // the native depth of the dispatch loop running the chain
  double local = 0.0;  // the thread's clock
  double wake = 0.0;
  Value wait_pred;            // green_block: the thread waits until wait_pred() is true...
  double block_deadline = 0;  // ... or its clock reaches this (infinity: no timeout)
  int64_t worker = -1;        // the pool's worker thread running the job
  int64_t ident = 0;
  bool daemon = false;        // a daemon threading.Thread: the interpreter's exit does not wait
  Phase phase = Phase::Fresh;
  bool running = false;
  bool ok = false;
  Value outcome;
};

using ThreadRef = std::shared_ptr<GreenThread>;

struct GreenPool {
  int64_t max_workers = 1;
  int64_t busy = 0;
  std::deque<ThreadRef> queue;
  Value loop;                      // the loop whose default executor this is, else null
  std::vector<Value> idle_waiters;  // asyncio futures of `loop` resolved when the pool is idle
  std::string prefix;              // worker threads are named prefix_N
  std::vector<int64_t> idents;     // worker N's thread identifier
  std::vector<int64_t> idle;       // idle workers (each takes the next job; the lowest first)
  Value executor;                  // a default pool: loop.set_default_executor()'s executor
};

struct GreenState {
  uint64_t next_seq = 0;
  int64_t next_ident = 0;
  std::vector<ThreadRef> live;  // started, not done
  std::vector<GreenPool> pools;
  GreenThread* running = nullptr;
};

constexpr const char* kStateKey = "green";

GreenState* state_if_any(Runtime& rt) {
  auto it = rt.module_state.find(kStateKey);
  return it == rt.module_state.end() ? nullptr : static_cast<GreenState*>(it->second.get());
}

GreenState& state(Runtime& rt) {
  if (GreenState* g = state_if_any(rt)) return *g;
  auto g = std::make_shared<GreenState>();
  GreenState* p = g.get();
  rt.module_state[kStateKey] = std::static_pointer_cast<void>(g);
  return *p;
}

// What the main thread (or the thread that resumed this one) had while the thread runs.
struct Saved {
  FrameObject* current = nullptr;
  ExcInfo* exc_info = nullptr;
  double now = 0.0;
  Value running_loop;
  Value event_loop;
  bool set_called = false;
  Value agen_first, agen_final;
  Value ctx;
  bool ctx_swapped = false;
  int call_depth = 0;
  GreenThread* prev_running = nullptr;
};

void switch_in(Runtime& rt, GreenState& g, GreenThread* t, Saved& s) {
  VM& vm = *rt.vm;
  s.current = vm.current;
  vm.current = nullptr;  // the thread's frames lead back to no frame of the main thread
  s.exc_info = vm.exc_info;
  vm.exc_info = t->exc_top ? t->exc_top : &t->exc_base;
  s.agen_first = std::move(vm.asyncgen_firstiter);  // the asyncgen hooks are per thread
  s.agen_final = std::move(vm.asyncgen_finalizer);
  vm.asyncgen_firstiter = std::move(t->agen_first);
  vm.asyncgen_finalizer = std::move(t->agen_final);
  s.now = rt.virtual_time;
  if (t->local > rt.virtual_time) rt.virtual_time = t->local;
  if (AsyncioState* st = asyncio_state_if_any(rt)) {
    // The running loop and the policy's current loop are per thread.
    s.running_loop = std::move(st->running_loop);
    st->running_loop = std::move(t->running_loop);
    s.event_loop = std::move(st->event_loop);
    st->event_loop = std::move(t->event_loop);
    s.set_called = st->set_called;
    st->set_called = t->set_called;
  }
  if (contextvars_active(rt)) {
    if (!t->ctx) t->ctx = context_new_empty(rt);
    s.ctx = context_swap_current(rt, std::move(t->ctx));
    s.ctx_swapped = true;
  }
  s.call_depth = rt.call_depth;
  rt.call_depth = t->depth;  // a thread's recursion depth counts its own frames
  s.prev_running = g.running;
  g.running = t;
  t->running = true;
}

void switch_out(Runtime& rt, GreenState& g, GreenThread* t, Saved& s) {
  VM& vm = *rt.vm;
  t->depth = rt.call_depth;
  rt.call_depth = s.call_depth;
  t->exc_top = vm.exc_info;
  vm.exc_info = s.exc_info;
  t->agen_first = std::move(vm.asyncgen_firstiter);
  t->agen_final = std::move(vm.asyncgen_finalizer);
  vm.asyncgen_firstiter = std::move(s.agen_first);
  vm.asyncgen_finalizer = std::move(s.agen_final);
  vm.current = s.current;
  t->local = rt.virtual_time;
  rt.virtual_time = s.now;
  if (AsyncioState* st = asyncio_state_if_any(rt)) {
    t->running_loop = std::move(st->running_loop);
    st->running_loop = std::move(s.running_loop);
    t->event_loop = std::move(st->event_loop);
    st->event_loop = std::move(s.event_loop);
    t->set_called = st->set_called;
    st->set_called = s.set_called;
  }
  if (s.ctx_swapped) t->ctx = context_swap_current(rt, std::move(s.ctx));
  else if (contextvars_active(rt)) context_swap_current(rt, Value());  // activated by the thread
  g.running = s.prev_running;
  t->running = false;
}

bool is_partial(Runtime& rt, const Value& fn) {
  if (!fn.is_obj()) return false;
  TypeObject* t = fn.type(rt);
  return type_short_name(t) == "partial" && t->module_name && str_view(t->module_name) == "functools";
}

// The job as a frame that runs as a chain of its own (so that it can suspend): partials, bound
// methods and a Context's run (to_thread's functools.partial(ctx.run, func, ...)) are unwrapped
// to the Python function they call. Null without error when the job is something else (it is
// then called as is); null with an error when the arguments do not bind.
FrameObject* job_frame(Runtime& rt, GreenThread* t) {
  Value fn = t->func;
  std::vector<Value> pos;
  const TupleObject* at = as_tuple(t->args);
  for (int64_t i = 0; i < at->size; ++i) pos.push_back((*at)[i]);
  std::vector<std::pair<Value, Value>> kw;
  if (t->kwargs) {
    DictObject* d = as_dict(t->kwargs);
    for (int64_t p = 0;;) {
      DictEntry* e;
      if (!dict_next(d, &p, &e)) break;
      kw.emplace_back(e->key, e->value);
    }
  }
  Value ctx;
  for (int guard = 0; guard < 16; ++guard) {
    if (is_partial(rt, fn)) {
      Value pf = getattr_opt(rt, fn, rt.intern("func"));
      Value pa = pf ? getattr_opt(rt, fn, rt.intern("args")) : Value();
      Value pk = pa ? getattr_opt(rt, fn, rt.intern("keywords")) : Value();
      if (!pk || !isinstance(rt, pa, rt.t.tuple) || !isinstance(rt, pk, rt.t.dict)) {
        rt.clear_error();
        return nullptr;
      }
      const TupleObject* ptup = as_tuple(pa);
      pos.insert(pos.begin(), ptup->items(), ptup->items() + ptup->size);
      std::vector<std::pair<Value, Value>> merged;
      DictObject* d = as_dict(pk);
      for (int64_t p = 0;;) {
        DictEntry* e;
        if (!dict_next(d, &p, &e)) break;
        merged.emplace_back(e->key, e->value);
      }
      for (auto& kv : kw) {
        bool replaced = false;
        for (auto& m : merged) {
          if (str_view(m.first) == str_view(kv.first)) {
            m.second = kv.second;
            replaced = true;
          }
        }
        if (!replaced) merged.push_back(kv);
      }
      kw.swap(merged);
      fn = pf;
      continue;
    }
    if (fn.is_obj() && fn.obj()->type == rt.t.method) {
      auto* m = static_cast<MethodObject*>(fn.obj());
      pos.insert(pos.begin(), m->self);
      fn = m->func;
      continue;
    }
    if (fn.is_obj() && fn.obj()->type == rt.t.builtin_function && !ctx) {
      auto* b = static_cast<BuiltinFunctionObject*>(fn.obj());
      if (b->self && is_context(rt, b->self) && std::string_view(b->name) == "run" && !pos.empty()) {
        ctx = b->self;
        fn = pos.front();
        pos.erase(pos.begin());
        continue;
      }
    }
    break;
  }
  if (!fn.is_obj() || fn.obj()->type != rt.t.function) return nullptr;
  CodeObject* co = as_code(as_function(fn)->code);
  if (co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) return nullptr;
  std::vector<Value> flat = pos;
  Value kwnames;
  if (!kw.empty()) {
    std::vector<Value> names;
    for (auto& kv : kw) {
      names.push_back(kv.first);
      flat.push_back(kv.second);
    }
    kwnames = make_tuple(rt, names.data(), static_cast<int64_t>(names.size()));
  }
  if (ctx && !context_enter(rt, ctx)) return nullptr;
  t->enter_ctx = ctx;
  FrameObject* f = bind_arguments(rt, as_function(fn), CallArgs{flat.data(), pos.size(),
                                                                kwnames ? as_tuple(kwnames) : nullptr});
  if (!f && ctx) {
    context_exit(rt, ctx);
    t->enter_ctx.reset();
  }
  return f;
}

void end_with_error(Runtime& rt, GreenThread* t) {
  t->ok = false;
  t->outcome = rt.take_error();
  t->phase = Phase::Ended;
}

// Runs `t` until it suspends or ends (and delivers its outcome when its clock is not ahead of
// the caller's). False with the error set when the run must stop.
bool step(Runtime& rt, GreenState& g, GreenThread* t) {
  VM& vm = *rt.vm;
  Saved s;
  switch_in(rt, g, t, s);
  bool fatal = false;
  SendResult r = SendResult::Return;
  Value out;
  bool ran = false;
  if (t->phase == Phase::Fresh) {
    bool skip = false;
    if (t->notify_cancel) {
      Value go = call_method(rt, t->target, rt.intern("set_running_or_notify_cancel"), {});
      int truth = go ? truthy(rt, go) : -1;
      if (truth <= 0) {
        if (truth < 0) {
          if (rt.aborting()) fatal = true;
          else report_unraisable(rt, "Exception in thread: ", t->target);
          rt.clear_error();
        }
        skip = true;
      }
    }
    if (skip) {
      t->phase = Phase::Ended;
      t->skip_delivery = true;
    } else {
      FrameObject* f = job_frame(rt, t);
      if (t->enter_ctx) rt.call_depth += 1;  // Context.run's call counts in CPython 3.11
      if (f) {
        t->entry = Value::steal(f);
        t->base_depth = vm.native_depth + 1;
        r = vm_run_thread(rt, f, nullptr, &out);
        ran = true;
      } else if (rt.has_error()) {
        end_with_error(rt, t);
      } else {
        out = call_kw(rt, t->func, t->args, t->kwargs ? t->kwargs : Value());
        r = out ? SendResult::Return : SendResult::Error;
        ran = true;
      }
    }
  } else if (t->phase == Phase::Suspended) {
    t->wait_pred.reset();
    t->base_depth = vm.native_depth + 1;
    r = vm_run_thread(rt, static_cast<FrameObject*>(t->entry.obj()), t->inner, &out);
    ran = true;
  }
  if (vm.suspend_request) {
    vm.suspend_request = false;
    vm.budget = vm.suspend_saved_budget;
  }
  if (ran) {
    if (r == SendResult::Yield) {
      t->inner = vm.current;
      t->phase = Phase::Suspended;
    } else {
      if (r == SendResult::Return) {
        t->ok = true;
        t->outcome = out;
      } else if (rt.aborting() || rt.error_matches(rt.t.KeyboardInterrupt)) {
        fatal = true;
      } else {
        t->ok = false;
        t->outcome = rt.take_error();
      }
      t->phase = Phase::Ended;
      t->inner = nullptr;
      if (t->entry) {
        FrameObject* f = static_cast<FrameObject*>(t->entry.obj());
        frame_clear(f);
        t->entry.reset();
      }
      if (t->enter_ctx) {
        context_exit(rt, t->enter_ctx);
        t->enter_ctx.reset();
      }
    }
  }
  if (!fatal && t->phase == Phase::Ended && rt.virtual_time <= s.now) {
    if (!t->skip_delivery && t->deliver) {
      if (!t->deliver(rt, t->target, t->ok, t->outcome)) {
        if (rt.aborting()) fatal = true;
        else {
          report_unraisable(rt, "Exception in thread: ", t->target);
          rt.clear_error();
        }
      }
    }
    t->outcome.reset();
    t->phase = Phase::Done;
  }
  Value err = fatal ? rt.take_error() : Value();
  switch_out(rt, g, t, s);
  if (t->phase != Phase::Suspended) t->wait_pred.reset();
  t->wake = t->wait_pred ? t->block_deadline : t->local;
  if (fatal) rt.set_error(std::move(err));
  return !fatal;
}

bool pool_done(Runtime& rt, GreenState& g, int64_t pool);

// A worker of the pool takes `t`: an idle one (the lowest), else a new thread, as
// ThreadPoolExecutor._adjust_thread_count starts one only when none is idle.
void take_worker(GreenState& g, GreenThread* t) {
  GreenPool& p = g.pools[static_cast<size_t>(t->pool)];
  if (!p.idle.empty()) {
    auto it = std::min_element(p.idle.begin(), p.idle.end());
    t->worker = *it;
    p.idle.erase(it);
  } else {
    t->worker = static_cast<int64_t>(p.idents.size());
    p.idents.push_back(140000000000000 + 4096 * ++g.next_ident);
  }
  t->ident = p.idents[static_cast<size_t>(t->worker)];
}

void release_worker(GreenState& g, GreenThread* t) {
  if (t->worker >= 0 && t->pool >= 0) g.pools[static_cast<size_t>(t->pool)].idle.push_back(t->worker);
  t->worker = -1;
}

// Runs `t` and whatever its pool starts when it is done.
bool run(Runtime& rt, GreenState& g, const ThreadRef& keep) {
  if (!step(rt, g, keep.get())) return false;
  if (keep->phase != Phase::Done) return true;
  auto it = std::find(g.live.begin(), g.live.end(), keep);
  if (it != g.live.end()) g.live.erase(it);
  release_worker(g, keep.get());
  if (keep->pool < 0) return true;  // a threading.Thread (no pool)
  return pool_done(rt, g, keep->pool);
}

// A worker of `pool` became free: it takes the queued jobs, one at a time; once the pool is
// idle, those waiting for that are told.
bool pool_done(Runtime& rt, GreenState& g, int64_t pool) {
  g.pools[static_cast<size_t>(pool)].busy -= 1;
  for (;;) {
    GreenPool& p = g.pools[static_cast<size_t>(pool)];
    if (p.queue.empty() || p.busy >= p.max_workers) break;
    ThreadRef next = std::move(p.queue.front());
    p.queue.pop_front();
    p.busy += 1;
    next->local = rt.virtual_time;
    g.live.push_back(next);
    take_worker(g, next.get());
    if (!step(rt, g, next.get())) return false;
    if (next->phase == Phase::Done) {
      auto it = std::find(g.live.begin(), g.live.end(), next);
      if (it != g.live.end()) g.live.erase(it);
      release_worker(g, next.get());
      g.pools[static_cast<size_t>(pool)].busy -= 1;
    }
  }
  GreenPool& p = g.pools[static_cast<size_t>(pool)];
  if (p.busy == 0 && p.queue.empty() && !p.idle_waiters.empty()) {
    std::vector<Value> waiters;
    waiters.swap(p.idle_waiters);
    Value loop = p.loop;
    for (Value& fut : waiters) {
      if (!loop || as_loop(loop)->closed) continue;
      Value set = getattr(rt, fut, "set_result");
      if (!set || !call_method(rt, loop, rt.intern("call_soon_threadsafe"), {set, rt.None()})) {
        if (rt.aborting()) return false;
        rt.clear_error();
      }
    }
  }
  return true;
}

GreenThread* next_due(GreenState& g, double limit) {
  GreenThread* best = nullptr;
  for (const ThreadRef& t : g.live) {
    if (t->running || t->phase == Phase::Done) continue;
    if (t->wake > limit || t->wake == std::numeric_limits<double>::infinity()) continue;
    if (!best || t->wake < best->wake || (t->wake == best->wake && t->seq < best->seq)) best = t.get();
  }
  return best;
}

}  // namespace

int64_t green_new_pool(Runtime& rt, int64_t max_workers, const Value& loop, std::string_view prefix) {
  GreenState& g = state(rt);
  GreenPool p;
  p.max_workers = max_workers > 0 ? max_workers : 1;
  p.loop = loop;
  p.prefix = std::string(prefix);
  g.pools.push_back(std::move(p));
  return static_cast<int64_t>(g.pools.size()) - 1;
}

int64_t green_loop_pool(Runtime& rt, const Value& loop) {
  GreenState& g = state(rt);
  for (size_t i = 0; i < g.pools.size(); ++i) {
    if (g.pools[i].loop && g.pools[i].loop.is(loop)) return static_cast<int64_t>(i);
  }
  return green_new_pool(rt, std::min<int64_t>(32, kCpuCount + 4), loop, "asyncio");
}

bool green_submit(Runtime& rt, int64_t pool, const Value& func, const Value& args, const Value& kwargs,
                  GreenDeliver deliver, const Value& target, bool notify_cancel) {
  GreenState& g = state(rt);
  if (pool < 0 || static_cast<size_t>(pool) >= g.pools.size()) {
    rt.raise(rt.t.ValueError, "no such thread pool");
    return false;
  }
  auto t = std::make_shared<GreenThread>();
  t->seq = g.next_seq++;
  t->pool = pool;
  t->func = func;
  t->args = args ? args : make_tuple(rt, {});
  if (kwargs && as_dict(kwargs)->used > 0) t->kwargs = kwargs;
  t->deliver = deliver;
  t->target = target;
  t->notify_cancel = notify_cancel;
  t->local = rt.virtual_time;
  GreenPool& p = g.pools[static_cast<size_t>(pool)];
  if (p.busy >= p.max_workers) {
    p.queue.push_back(std::move(t));
    return true;
  }
  p.busy += 1;
  g.live.push_back(t);
  take_worker(g, t.get());
  return run(rt, g, t);
}

bool green_start_thread(Runtime& rt, const Value& func, const Value& thread, bool daemon, GreenDeliver deliver,
                        int64_t* ident) {
  GreenState& g = state(rt);
  auto t = std::make_shared<GreenThread>();
  t->seq = g.next_seq++;
  t->pool = -1;
  t->func = func;
  t->args = make_tuple(rt, {});
  t->deliver = deliver;
  t->target = thread;
  t->daemon = daemon;
  t->local = rt.virtual_time;
  // Its first frame is threading's Thread._bootstrap, as in CPython.
  t->depth = 0;
  t->ident = 140000000000000 + 4096 * ++g.next_ident;
  *ident = t->ident;
  g.live.push_back(t);
  return run(rt, g, t);
}

bool green_can_suspend(Runtime& rt) {
  GreenState* g = state_if_any(rt);
  GreenThread* t = g ? g->running : nullptr;
  return t && t->entry && rt.vm->native_depth == t->base_depth;
}

Value green_loop_tail_call(Runtime& rt, const char* name, std::vector<Value> args) {
  if (!rt.vm || !rt.vm->tail_ok || !green_can_suspend(rt)) return Value();
  Value mod = rt.vm->import_module(rt, make_str(rt, "_green_loop"));
  if (!mod) return nullptr;
  Value fn = getattr(rt, mod, name);
  if (!fn) return nullptr;
  if (!vm_tail_call(rt, fn, std::move(args))) return Value();
  return rt.None();
}

bool green_in_thread(Runtime& rt) {
  GreenState* g = state_if_any(rt);
  return g && g->running;
}

bool green_any(Runtime& rt) {
  GreenState* g = state_if_any(rt);
  return g && !g->live.empty();
}

bool green_pool_idle(Runtime& rt, int64_t pool) {
  GreenState* g = state_if_any(rt);
  if (!g || pool < 0 || static_cast<size_t>(pool) >= g->pools.size()) return true;
  const GreenPool& p = g->pools[static_cast<size_t>(pool)];
  return p.busy == 0 && p.queue.empty();
}

bool green_next_wake(Runtime& rt, double* when) {
  GreenState* g = state_if_any(rt);
  if (!g) return false;
  GreenThread* t = next_due(*g, std::numeric_limits<double>::infinity());
  if (!t) return false;
  *when = t->wake;
  return true;
}

bool green_run_due(Runtime& rt) {
  GreenState* g = state_if_any(rt);
  if (!g) return true;
  for (;;) {
    // Threads blocked in green_block whose condition came true wake now.
    for (size_t i = 0; i < g->live.size(); ++i) {
      ThreadRef w = g->live[i];
      if (!w->wait_pred || w->running) continue;
      Value pred = w->wait_pred;
      Value r = call(rt, pred, {});
      int truth = r ? truthy(rt, r) : -1;
      if (truth < 0) {
        if (rt.aborting()) return false;
        rt.clear_error();  // the thread asks again when it wakes, and sees the error itself
      }
      if (truth != 0) {
        w->wait_pred.reset();
        w->wake = rt.virtual_time > w->local ? rt.virtual_time : w->local;
      }
    }
    GreenThread* t = next_due(*g, rt.virtual_time);
    if (!t) return true;
    ThreadRef keep;
    for (const ThreadRef& r : g->live) {
      if (r.get() == t) keep = r;
    }
    if (!run(rt, *g, keep)) return false;
  }
}

bool green_sleep(Runtime& rt, double secs, bool* ok) {
  *ok = true;
  GreenState* g = state_if_any(rt);
  if (!g) return false;
  if (GreenThread* t = g->running) {
    t->wait_pred.reset();
    virtual_advance(rt, secs);
    if (secs > 0 && t->entry && rt.vm->native_depth == t->base_depth) vm_request_suspend(rt, t->base_depth);
    return true;
  }
  if (g->live.empty()) return false;
  double target = rt.virtual_time + secs;
  for (;;) {
    if (!green_run_due(rt)) {
      *ok = false;
      return true;
    }
    double w;
    if (!green_next_wake(rt, &w) || w > target) break;
    virtual_set(rt, w);
    if (!green_run_due(rt)) {
      *ok = false;
      return true;
    }
  }
  virtual_set(rt, target);
  return true;
}

int green_wait(Runtime& rt, const Value& pred, double timeout) {
  double deadline = timeout >= 0 ? rt.virtual_time + timeout : std::numeric_limits<double>::infinity();
  for (;;) {
    // Threads whose time has come, or whose wait is over, run first.
    if (!green_run_due(rt)) return -1;
    Value r = call(rt, pred, {});
    int truth = r ? truthy(rt, r) : -1;
    if (truth) return truth;
    double w;
    if (!green_next_wake(rt, &w) || w > deadline) {
      if (timeout >= 0) virtual_set(rt, deadline);
      return 0;
    }
    virtual_set(rt, w);
    if (!green_run_due(rt)) return -1;
  }
}

void green_finish_all(Runtime& rt) {
  GreenState* g = state_if_any(rt);
  if (!g || g->running) return;
  auto waited = [g] {
    for (const ThreadRef& t : g->live) {
      if (!t->daemon) return true;
    }
    return false;
  };
  while (waited()) {
    if (!green_run_due(rt)) {
      rt.clear_error();
      break;
    }
    double w;
    if (!green_next_wake(rt, &w)) break;
    virtual_set(rt, w);
    if (!green_run_due(rt)) {
      rt.clear_error();
      break;
    }
  }
}

void green_discard_all(Runtime& rt) {
  GreenState* g = state_if_any(rt);
  if (!g || g->running) return;
  std::vector<ThreadRef> suspended;
  for (const ThreadRef& t : g->live) {
    if (t->phase == Phase::Suspended && t->entry) suspended.push_back(t);
  }
  if (suspended.empty()) return;
  std::string saved(rt.abort_message);
  if (saved.empty()) rt.abort_message = std::string(kStepBudgetExhausted);  // no handler runs
  for (const ThreadRef& t : suspended) {
    t->wait_pred.reset();
    t->skip_delivery = true;
    rt.vm->chunk = rt.vm->budget = 0;  // its first instruction raises the limit's error again
    step(rt, *g, t.get());
    rt.clear_error();
  }
  rt.abort_message = std::move(saved);
}

Value green_block(Runtime& rt, const Value& pred, double timeout) {
  GreenState* g = state_if_any(rt);
  GreenThread* t = g ? g->running : nullptr;
  if (t && t->entry && rt.vm->native_depth == t->base_depth) {
    t->wait_pred = pred;
    t->block_deadline = timeout >= 0 ? rt.virtual_time + timeout : std::numeric_limits<double>::infinity();
    vm_request_suspend(rt, t->base_depth);
    return rt.None();
  }
  int r = green_wait(rt, pred, timeout);
  if (r < 0) return nullptr;
  return rt.Bool(r > 0);
}

bool green_thread_identity(Runtime& rt, std::string* name, int64_t* ident) {
  GreenState* g = state_if_any(rt);
  GreenThread* t = g ? g->running : nullptr;
  if (!t) return false;
  if (t->pool < 0) {
    // A threading.Thread: its name as it is now (the program may rename it).
    *ident = t->ident;
    Value n = getattr_opt(rt, t->target, rt.intern("name"));
    if (n && is_str(rt, n)) *name = std::string(str_view(n));
    rt.clear_error();
    return true;
  }
  if (t->worker < 0) return false;
  const GreenPool& p = g->pools[static_cast<size_t>(t->pool)];
  *name = p.prefix + "_" + std::to_string(t->worker);
  *ident = t->ident;
  return true;
}

Value green_current_thread(Runtime& rt) {
  GreenState* g = state_if_any(rt);
  GreenThread* t = g ? g->running : nullptr;
  if (!t || t->pool >= 0) return Value();
  return t->target;
}

bool green_notify_idle(Runtime& rt, const Value& loop, const Value& fut) {
  GreenState* g = state_if_any(rt);
  if (!g) return false;
  for (size_t i = 0; i < g->pools.size(); ++i) {
    if (!g->pools[i].loop || !g->pools[i].loop.is(loop)) continue;
    int64_t pool = static_cast<int64_t>(i);
    if (Value ex = g->pools[i].executor) {
      // A ThreadPoolExecutor set as the default: its own pool (its _pool attribute).
      Value id = getattr_opt(rt, ex, rt.intern("_pool"));
      rt.clear_error();
      if (!id || !int_to_int64(id, &pool) || pool < 0 || static_cast<size_t>(pool) >= g->pools.size()) return false;
    }
    GreenPool& p = g->pools[static_cast<size_t>(pool)];
    if (p.busy == 0 && p.queue.empty()) return false;
    if (!p.loop) p.loop = loop;  // resolved through this loop
    p.idle_waiters.push_back(fut);
    return true;
  }
  return false;
}

bool green_loop_has_pool(Runtime& rt, const Value& loop) {
  GreenState* g = state_if_any(rt);
  if (!g) return false;
  for (const GreenPool& p : g->pools) {
    if (p.loop && p.loop.is(loop)) return true;
  }
  return false;
}

void green_set_loop_executor(Runtime& rt, const Value& loop, const Value& executor) {
  GreenState& g = state(rt);
  g.pools[static_cast<size_t>(green_loop_pool(rt, loop))].executor = executor;
}

Value green_loop_executor(Runtime& rt, const Value& loop) {
  GreenState* g = state_if_any(rt);
  if (!g) return Value();
  for (const GreenPool& p : g->pools) {
    if (p.loop && p.loop.is(loop)) return p.executor;
  }
  return Value();
}

}  // namespace ls
