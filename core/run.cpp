// The run entry point: compile the program, execute __main__ in slices, report the outcome the
// way `python3 FILE.py` does (traceback to stderr, exit code), then finalize.
#include "run.hpp"

#include <utility>

#include "lang/compiler.hpp"
#include "lang/frame.hpp"
#include "lang/parser.hpp"
#include "lang/traceback.hpp"
#include "lang/vm.hpp"
#include "loop/asyncio.hpp"
#include "loop/green.hpp"
#include "modules/registry.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "trace/recorder.hpp"

namespace ls {

const char* version() { return "0.1.0"; }

// Steps the interpreter's shutdown may take after a program stopped by its step budget.
constexpr int64_t kFinalizeSteps = 1'000'000;

struct Run::Impl {
  RunOptions options;
  RunResult result;
  bool done = false;
  std::unique_ptr<Runtime> rt;
  FrameObject* main_frame = nullptr;  // owned
  bool started = false;
  std::shared_ptr<void> trace_keepalive;  // the recorder outlives the runtime
  Recorder* recorder = nullptr;

  void emit(Stream s, std::string_view text) {
    if (options.on_output) options.on_output(s, text);
    else if (s == Stream::Stdout) result.out.append(text);
    else result.err.append(text);
  }

  void start();
  void finish(SendResult r);
  int report_uncaught(const Value& exc);
  void run_atexit();
  void finalize();
};

void Run::Impl::start() {
  rt = std::make_unique<Runtime>();
  Runtime& r = *rt;
  if (options.trace) {
    recorder = install_recorder(r);
    recorder->event_limit = options.trace_event_limit;
    trace_keepalive = r.module_state["trace"];
  }
  r.write_output = [this](OutStream s, std::string_view text) {
    Stream st = s == OutStream::Stderr ? Stream::Stderr : Stream::Stdout;
    if (recorder && rt && rt->trace) recorder->output(static_cast<int>(st), text);
    emit(st, text);
  };
  init_interpreter(r);
  if (options.module_source) set_module_source_provider(r, options.module_source);
  init_modules(r, options.filename, options.argv);
  // The step budget is the program's: the Python code that sets up sys does not count against it
  // (a budget used up there would leave the program running in a half-aborted state).
  r.steps = 0;
  r.vm->budget = r.vm->chunk = 0;
  r.limits.max_steps = options.max_steps;
  if (options.source.size() > options.max_source_bytes) {
    // Refused before the lexer sees it: compiling megabytes of source would hold the page for
    // seconds and its code objects would crowd out the program's own memory ceiling.
    emit(Stream::Stderr, "LoopScope: the program is " + std::to_string(options.source.size()) +
                             " bytes, more than the source limit of " + std::to_string(options.max_source_bytes >> 20) +
                             " MB; it was not run\n");
    result.exit_code = 1;
    done = true;
    finalize();
    return;
  }
  register_source(r, options.filename, options.source);
  CompileResult cr = compile_source(r, options.source, options.filename);
  if (cr.error) {
    emit(Stream::Stderr, format_syntax_error(*cr.error, options.filename));
    result.exit_code = 1;
    done = true;
    finalize();
    return;
  }
  VM& vm = *r.vm;
  Value globals = as_module(vm.main_module)->dict;
  main_frame = new_frame(r, as_code(cr.code), nullptr, as_dict(globals), as_dict(vm.builtins), globals);
}

// Exit status of an uncaught SystemExit, printing its message as CPython does.
static int system_exit_code(Runtime& rt, const Value& exc, std::string* message) {
  Value code = as_exc(exc)->extra[0];
  if (!code || rt.is_none(code)) return 0;
  if (is_int(rt, code)) {
    int64_t c;
    if (!int_to_int64(code, &c)) return 1;
    return static_cast<int>(c & 0xff);
  }
  Value s = str(rt, code);
  if (s) *message = std::string(str_view(s)) + "\n";
  rt.clear_error();
  return 1;
}

// CPython's PyErr_Print: an uncaught exception goes to sys.excepthook (sys.__excepthook__ prints
// the traceback). A hook that fails has its error reported before the original exception; one that
// raises SystemExit ends the run with that status. Returns the exit status.
int Run::Impl::report_uncaught(const Value& exc) {
  Runtime& rt_ = *rt;
  int status = is_subtype(exc.obj()->type, rt_.t.KeyboardInterrupt) ? 130 : 1;
  Value hook;
  if (rt_.vm && rt_.vm->sys_module && !rt_.aborting()) {
    hook = getattr_opt(rt_, rt_.vm->sys_module, rt_.intern("excepthook"));
    rt_.clear_error();
  }
  if (!hook) {
    if (!rt_.aborting()) emit(Stream::Stderr, "sys.excepthook is missing\n");
    print_exception(rt_, exc);
    return status;
  }
  Value tb = as_exc(exc)->traceback;
  // PyErr_PrintEx(1): sys.last_type/last_value/last_traceback are set before the hook runs; they
  // keep the exception (and what its frames hold) alive until the shutdown clears them.
  for (auto [name, v] : {std::pair<const char*, Value>{"last_type", Value::borrow(exc.obj()->type)},
                         {"last_value", exc},
                         {"last_traceback", tb ? tb : rt_.None()}}) {
    if (!setattr(rt_, rt_.vm->sys_module, rt_.intern(name), v)) rt_.clear_error();
  }
  Value done = call(rt_, hook, {Value::borrow(exc.obj()->type), exc, tb ? tb : rt_.None()});
  if (done) return status;
  Value hook_error = rt_.take_error();
  if (!hook_error || rt_.aborting()) {
    print_exception(rt_, exc);
    return status;
  }
  if (is_subtype(hook_error.obj()->type, rt_.t.SystemExit)) {
    std::string msg;
    int code = system_exit_code(rt_, hook_error, &msg);
    if (!msg.empty()) emit(Stream::Stderr, msg);
    return code;
  }
  emit(Stream::Stderr, "Error in sys.excepthook:\n");
  print_exception(rt_, hook_error);
  emit(Stream::Stderr, "\nOriginal exception was:\n");
  print_exception(rt_, exc);
  return status;
}

void Run::Impl::finish(SendResult r) {
  Runtime& rt_ = *rt;
  // The program is over: no frame is current any more (the last one may be freed or pooled), and
  // the final report must not be attributed to one (the trace's output events ask for its line).
  // Nor is the host slicing any more: Python code run from here on (an exception's __str__, the
  // shutdown's finalizers) runs to its end -- paused, it would be left half-run.
  if (rt_.vm) {
    rt_.vm->current = nullptr;
    rt_.vm->host_slicing = false;
  }
  // The final report is written even when the program used up the output ceiling.
  size_t output_limit = rt_.limits.max_output;
  if (rt_.output_exceeded) rt_.limits.max_output = SIZE_MAX;
  if (r == SendResult::Return && rt_.output_exceeded) {
    emit(Stream::Stderr, "LoopScope: output limit exceeded: what the program wrote past " +
                             std::to_string(output_limit >> 20) + " MB was dropped\n");
    result.exit_code = 1;
  } else if (r == SendResult::Return) {
    result.exit_code = 0;
  } else {
    Value exc = rt_.take_error();
    if (exc && is_subtype(exc.obj()->type, rt_.t.SystemExit) && !rt_.aborting()) {
      // handle_system_exit leaves __traceback__ as it was when the exception was last caught.
      exception_drop_uncaught_traceback(exc);
      std::string msg;
      result.exit_code = system_exit_code(rt_, exc, &msg);
      if (!msg.empty()) emit(Stream::Stderr, msg);
    } else if (exc) {
      result.exit_code = report_uncaught(exc);
    } else {
      result.exit_code = 1;
    }
    if (rt_.aborting() && rt_.abort_message != kStepBudgetExhausted) {
      emit(Stream::Stderr, "LoopScope: " + rt_.abort_message + "\n");
    }
  }
  done = true;
  finalize();
}

// Interpreter shutdown: like CPython, clear __main__ so that objects still alive are destroyed
// (a pending Task reports "Task was destroyed but it is pending!", an unawaited coroutine warns),
// then collect cycles.
// The atexit module's callbacks, as Py_FinalizeEx runs them: once __main__ is over (also after
// an uncaught exception), before anything is torn down. Not after a limit stopped the run.
void Run::Impl::run_atexit() {
  Runtime& r = *rt;
  if (!r.vm || !r.vm->modules || r.aborting()) return;
  Value atexit = dict_get(r, as_dict(r.vm->modules), make_str(r, "atexit"));
  Value run = atexit ? getattr_opt(r, atexit, r.intern("_run_exitfuncs")) : Value();
  if (run && !call(r, run, {})) report_unraisable(r, "Exception ignored in atexit: ", run);
  r.clear_error();
}

void Run::Impl::finalize() {
  if (!rt) return;
  Runtime& r = *rt;
  if (r.vm) r.vm->host_slicing = false;  // also when a run is destroyed before it finished
  // Executor jobs still running finish first (CPython joins the workers before atexit).
  if (r.vm && !r.aborting()) green_finish_all(r);
  if (r.vm) green_discard_all(r);
  run_atexit();
  if (r.aborting() && r.limits.max_steps > 0 && r.vm) {
    // Finalizers (__del__, unclosed generators) get steps of their own, still bounded.
    r.limits.max_steps = r.steps + kFinalizeSteps;
    r.vm->budget = r.vm->chunk = 0;
  }
  r.abort_message.clear();
  if (main_frame) {
    frame_clear(main_frame);
    decref(main_frame);
    main_frame = nullptr;
  }
  if (r.vm) {
    VM& vm = *r.vm;
    vm.current = nullptr;
    // Py_FinalizeEx's first collection (_PyGC_CollectIfEnabled) comes before the modules are torn
    // down: cyclic garbage (an exception's traceback cycle, objects with __del__ in cycles) is
    // finalized while __main__'s globals are all still there.
    gc_collect(r);
    r.clear_error();
    // finalize_modules starts with finalize_modules_delete_special: these sys attributes become
    // None, releasing the uncaught exception (sys.last_value) before __main__'s globals go. From
    // here on a warning can no longer import tracemalloc (no hint line; warnings.cpp).
    if (vm.sys_module) {
      static const char* const kSysDeletes[] = {"path", "argv", "ps1", "ps2", "last_type", "last_value",
                                                "last_traceback", "path_hooks", "path_importer_cache",
                                                "meta_path"};
      for (const char* name : kSysDeletes) {
        if (!setattr(r, vm.sys_module, r.intern(name), r.None())) r.clear_error();
      }
    }
    if (vm.main_module) {
      // finalize_modules then drops __main__ from sys.modules: its globals, kept only by the
      // functions and classes defined there (reference cycles), are garbage for the collection
      // that follows, which runs the __del__ of everything they alone reach while they are all
      // still set (a global's __del__ can use the module's other globals, as in CPython).
      Value main = std::move(vm.main_module);
      if (vm.modules && dict_del_str(r, as_dict(vm.modules), r.intern("__main__")) < 0) r.clear_error();
      gc_collect_holding(r, main.obj());
      r.clear_error();
      // Whatever still keeps them (a pending task's frame in asyncio's state): cleared in order.
      Value d = as_module(main)->dict;
      if (d) dict_clear(r, as_dict(d));
      vm.main_module = std::move(main);
    }
    gc_collect(r);
    r.clear_error();
    // The policy's loop (asyncio.set_event_loop / get_event_loop) lives in CPython's thread-local
    // state, released only when the thread state is cleared, after sys and the modules are gone:
    // whatever only it keeps (an unclosed loop's pending tasks, their coroutines) is finalized
    // then with no output at all -- no "Task was destroyed but it is pending!", no finally-block
    // prints, no "never awaited" warning.
    if (AsyncioState* st = asyncio_state_if_any(r); st && st->event_loop) {
      Value loop = std::move(st->event_loop);
      auto write = std::move(r.write_output);
      r.write_output = nullptr;
      loop = Value();
      gc_collect(r);
      r.clear_error();
      r.write_output = std::move(write);
    }
    r.module_state.clear();
    gc_collect(r);
    r.clear_error();
    shutdown_interpreter(r);
  }
  if (r.builtins_module) {
    decref(r.builtins_module);
    r.builtins_module = nullptr;
  }
  r.write_output = nullptr;
  r.trace = nullptr;
  r.on_exc_caught = nullptr;
  rt.reset();
}

Run::Run(RunOptions options) : impl_(std::make_unique<Impl>()) { impl_->options = std::move(options); }

Run::~Run() {
  if (impl_ && impl_->rt) impl_->finalize();
}

bool Run::advance(int64_t steps) {
  Impl& im = *impl_;
  if (im.done) return true;
  if (!im.rt) {
    im.start();
    if (im.done) return true;
  }
  Runtime& r = *im.rt;
  VM& vm = *r.vm;
  vm.host_slicing = true;
  vm.slice_left = steps > 0 ? steps : INT64_MAX / 4;
  Value out;
  SendResult res;
  if (!im.started) {
    im.started = true;
    res = vm_run(r, im.main_frame, &out, false);
  } else {
    res = vm_resume_sliced(r, im.main_frame, &out);
  }
  out.reset();  // before finish() destroys the runtime
  if (res == SendResult::Yield && vm.sliced) return false;
  if (res == SendResult::Yield) {
    r.raise(r.t.SystemError, "the main module yielded");
    res = SendResult::Error;
  }
  im.finish(res);
  return true;
}

bool Run::done() const { return impl_->done; }

const RunResult& Run::result() const { return impl_->result; }

const Recorder* Run::recorder() const { return impl_->recorder; }

std::string Run::trace_json() const {
  return impl_->recorder ? trace_to_json(*impl_->recorder, impl_->options.filename) : std::string();
}

std::string Run::trace_text() const { return impl_->recorder ? trace_to_text(*impl_->recorder) : std::string(); }

std::string Run::trace_perfetto() const {
  return impl_->recorder ? trace_to_perfetto(*impl_->recorder) : std::string();
}

RunResult run_program(RunOptions options) {
  Run run(std::move(options));
  while (!run.advance(1 << 20)) {
  }
  return run.result();
}

}  // namespace ls
