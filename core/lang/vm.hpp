// The virtual machine: one dispatch loop over heap frames. Python-to-Python calls and resumes of
// awaited coroutines switch frames inside the loop instead of recursing on the C++ stack.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "lang/frame.hpp"
#include "lang/generator.hpp"
#include "object/runtime.hpp"

namespace ls {

struct VM {
  explicit VM(Runtime& rt);
  Runtime& rt;
  FrameObject* current = nullptr;   // innermost running frame
  ExcInfo base_exc_info;
  ExcInfo* exc_info = &base_exc_info;
  int native_depth = 0;             // dispatch loops active on the C++ stack
  int peak_native_depth = 0;        // the deepest native_depth seen (tests check it stays small)
  // Finished frames kept for reuse, by size (locals + stack slots): a call pops one instead of
  // allocating (CPython's frame data stack plays this role). Cleared, referenceless, untracked.
  // Each size's pool is a list linked through FrameObject::back (no allocation, no bounds to
  // check on the call path).
  static constexpr int32_t kFramePoolSizes = 64;
  static constexpr uint32_t kFramePoolDepth = 256;
  FrameObject* frame_pool[kFramePoolSizes] = {};
  uint32_t frame_pool_count[kFramePoolSizes] = {};
  Value builtins;                   // the builtins module's dict
  Value main_module;
  Value modules;                    // sys.modules (dict)
  Value sys_module;
  // Steps are counted down in chunks: `budget` is what is left of the current chunk of `chunk`
  // steps. At each chunk boundary the loop checks the run's limits, runs the cycle collector
  // if due, and — when host slicing is on, only the outermost loop is running and `slice_left`
  // is used up — returns to the host with the frame chain intact (see Run::advance).
  int64_t budget = 0;
  int64_t chunk = 0;
  bool host_slicing = false;
  int64_t slice_left = 0;
  bool sliced = false;
  // Module registry (modules/registry.cpp): returns the module for a dotted name, or null with
  // ModuleNotFoundError set.
  Value (*import_module)(Runtime& rt, const Value& name) = nullptr;
  // Source text per file name (tracebacks show source lines).
  std::unordered_map<std::string, std::string> sources;
  // sys.set_asyncgen_hooks(firstiter, finalizer)
  Value asyncgen_firstiter;
  Value asyncgen_finalizer;
  // sys.set_coroutine_origin_tracking_depth(): how many frames a new coroutine's cr_origin keeps.
  int coro_origin_depth = 0;
  // A pending asynchronous interrupt (simulated Ctrl+C): raised at the next safe point.
  bool interrupt_pending = false;
  // A green thread (loop/green.cpp) asked to suspend its frame chain (time.sleep): the dispatch
  // loop at native depth `suspend_depth` leaves with the chain intact before its next
  // instruction (vm_request_suspend). The budget is forced to 0 meanwhile; what was left of it
  // waits in `suspend_saved_budget`.
  bool suspend_request = false;
  int suspend_depth = 0;
  int64_t suspend_saved_budget = 0;
  // A built-in called straight from a CALL instruction may hand the call on to a Python function
  // (vm_tail_call): `tail_ok` is true while such a call runs; the CALL then enters `tail_func`'s
  // frame with `tail_args` in the same dispatch loop, as if the program had called it. Green
  // threads use this so that loop.run_forever() in a thread runs as frames that can suspend.
  bool tail_ok = false;
  Value tail_func;
  std::vector<Value> tail_args;
};

VM& vm_of(Runtime& rt);

// Takes a frame of `size` slots from the pool (which must have one): cleared, referenceless,
// header intact, ready for new_frame()/new_call_frame() to fill in.
inline FrameObject* take_pooled_frame(VM& vm, int32_t size) {
  FrameObject* f = vm.frame_pool[size];
  vm.frame_pool[size] = f->back;
  --vm.frame_pool_count[size];
  f->back = nullptr;
  f->gen = nullptr;
  f->stacktop = 0;
  f->entry = FrameEntry::Host;
  f->is_entry = false;
  f->cleared = false;
  return f;
}

// new_frame() for a call of the Python function `func` (code `co`), with the common case (a
// pooled frame of the right size) inline for argument binding. Locals empty.
inline FrameObject* new_call_frame(Runtime& rt, VM& vm, FunctionObject* func, CodeObject* co) {
  int32_t n = co->nlocalsplus();
  int32_t size = n + co->stacksize;
  FrameObject* f;
  if (size < VM::kFramePoolSizes && vm.frame_pool[size]) {
    f = take_pooled_frame(vm, size);
    f->code = co;
    incref(co);
    f->func = func;
    incref(func);
    f->globals = as_dict(func->globals);
    incref(f->globals);
    f->builtins = as_dict(func->builtins);
    incref(f->builtins);
    f->lasti = -1;
    f->cur_ip = nullptr;
    f->nlocalsplus = n;
    f->state = FrameState::Created;
    return f;
  }
  return new_frame(rt, co, func, as_dict(func->globals), as_dict(func->builtins), Value());
}

// Runs `frame` (and whatever it calls) until it returns or yields. `throw_exc`: raise this
// exception at the frame's current instruction instead of executing it (gen.throw()).
SendResult vm_run(Runtime& rt, FrameObject* frame, Value* out, bool throwing = false);

// Raises the error that ends the run for the limit named by rt.abort_message (step budget, memory,
// output, deadlock). The VM raises it again if code keeps running after it was swallowed.
void raise_limit_error(Runtime& rt);

// The end of a chunk of steps (VM::budget below 0), for the VM and for C++ code that takes steps
// of its own: accounts the chunk and starts the next one, or, when a limit (step budget, memory,
// output) is reached, raises its error and returns true.
bool vm_limits_reached(Runtime& rt);

// One step taken by C++ code on the program's behalf (an item that sum(), list(), max()... take
// from an iterator), so that an endless iterator meets the step budget like a Python loop does.
// False with the limit's error raised when a limit is reached.
inline bool vm_native_step(Runtime& rt) {
  return !rt.vm || --rt.vm->budget >= 0 || !vm_limits_reached(rt);
}
// Resumes a chain that was sliced (native_depth back to 0): continues at vm.current.
SendResult vm_resume_sliced(Runtime& rt, FrameObject* entry, Value* out);

// Green threads (loop/green.cpp). vm_run_thread runs the chain whose entry frame is `entry`:
// from its start when `inner` is null, else resumed at `inner`, the innermost frame of a chain
// that suspended. Yield (out null) means it suspended: vm.current is then its innermost frame.
SendResult vm_run_thread(Runtime& rt, FrameObject* entry, FrameObject* inner, Value* out);
// Asks the dispatch loop running at native depth `depth` to suspend its chain before its next
// instruction (a loop at another depth drops the request).
void vm_request_suspend(Runtime& rt, int depth);

// Called by a built-in: when it was called straight from a CALL instruction (VM::tail_ok), the
// CALL calls `func` (a Python function) with `args` instead, in the same dispatch loop, once the
// built-in returned; true then (the built-in returns None). False when that is not possible.
bool vm_tail_call(Runtime& rt, const Value& func, std::vector<Value> args);

// Calls a Python function with vectorcall arguments.
Value function_call(Runtime& rt, const Value& func, CallArgs args);
// Binds arguments into a new frame for func (nullptr with TypeError on a bad call).
FrameObject* bind_arguments(Runtime& rt, FunctionObject* func, CallArgs args);

// The exception currently being handled (sys.exc_info()[1]) or null.
Value current_handled_exception(Runtime& rt);
// Implicit chaining: `exc`'s __context__ becomes `handled` (an exception being handled), breaking
// any cycle that would create.
void chain_context_to(Runtime& rt, const Value& exc, const Value& handled);
// Raises `exc` (an instance) with implicit chaining to the handled exception.
void set_error_chained(Runtime& rt, Value exc);

// Executes a module's code object in a namespace (the __main__ module dict). A code object with
// cell variables gets fresh cells; one with free variables takes them from `closure` (a tuple of
// cells, exec(code, closure=...)).
Value exec_code(Runtime& rt, const Value& code, const Value& globals, const Value& locals,
                const Value& closure = Value());
// Runs a class body (the function __build_class__ receives) with `ns` as its locals; returns
// what the body returns (the __class__ cell, or None).
Value run_class_body(Runtime& rt, const Value& func, const Value& ns);
// super() without arguments, from the running frame.
Value zero_arg_super(Runtime& rt);
// Creates the VM for a runtime and installs the interpreter's hooks and types.
void init_interpreter(Runtime& rt);
void shutdown_interpreter(Runtime& rt);

}  // namespace ls
