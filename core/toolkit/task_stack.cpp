// Task.get_stack(*, limit=None) and Task.print_stack(*, limit=None, file=None), and the module
// asyncio.base_tasks holding the two functions behind them (_task_get_stack(task, limit),
// _task_print_stack(task, limit, file)).
//
// As documented for CPython 3.11: a suspended task's stack is the frames of its coroutine, from
// the outermost (limit keeps the newest ones); a task that failed shows the frames of its
// exception's traceback (limit keeps the oldest ones); a finished task, or one whose coroutine has
// no frame, has none. print_stack writes a header naming the task ('Stack for', 'Traceback for' or
// 'No stack for' and its repr) with print(), then the frames with traceback.print_list() and, for
// a failed task, the exception's last line(s). With file=None the header goes to sys.stdout and
// the frames to sys.stderr, since print() and traceback pick different defaults.
#include "modules/registry.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/toolkit.hpp"
#include "toolkit/util.hpp"

namespace ls {

// One more item within `limit` (None: no limit)? Counts it down. 1/0, -1 on error.
static int within_limit(Runtime& rt, Value& limit) {
  if (rt.is_none(limit)) return 1;
  int spent = rich_compare_bool(rt, limit, Value::small(0), CmpOp::Le);
  if (spent) return spent < 0 ? -1 : 0;
  Value rest = binary_op(rt, limit, Value::small(1), BinOp::Sub);
  if (!rest) return -1;
  limit = std::move(rest);
  return 1;
}

// The frame of a coroutine, generator or async generator object (None for anything else).
static Value frame_of(Runtime& rt, const Value& coro) {
  for (const char* attr : {"cr_frame", "gi_frame", "ag_frame"}) {
    int has = hasattr(rt, coro, rt.intern(attr));
    if (has < 0) return nullptr;
    if (has) return getattr(rt, coro, attr);
  }
  return rt.None();
}

static Value task_exception(Runtime& rt, const Value& task) { return getattr(rt, task, "_exception"); }

static Value stack_of(Runtime& rt, const Value& task, Value limit) {
  Ref<ListObject> frames = new_list(rt);
  Value coro = getattr(rt, task, "_coro");
  Value frame = coro ? frame_of(rt, coro) : Value();
  if (!frame) return nullptr;
  if (!rt.is_none(frame)) {
    // Innermost frame first while walking outwards; the caller wants the outermost first.
    std::vector<Value> walked;
    while (!rt.is_none(frame)) {
      int more = within_limit(rt, limit);
      if (more < 0) return nullptr;
      if (!more) break;
      walked.push_back(frame);
      frame = getattr(rt, frame, "f_back");
      if (!frame) return nullptr;
    }
    for (auto it = walked.rbegin(); it != walked.rend(); ++it) list_append(rt, frames.get(), *it);
    return std::move(frames).value();
  }
  Value exc = task_exception(rt, task);
  if (!exc) return nullptr;
  if (rt.is_none(exc)) return std::move(frames).value();
  Value tb = getattr(rt, exc, "__traceback__");
  while (tb && !rt.is_none(tb)) {
    int more = within_limit(rt, limit);
    if (more < 0) return nullptr;
    if (!more) break;
    Value f = getattr(rt, tb, "tb_frame");
    if (!f) return nullptr;
    list_append(rt, frames.get(), f);
    tb = getattr(rt, tb, "tb_next");
  }
  if (!tb) return nullptr;
  return std::move(frames).value();
}

// print(text, file=file[, end=end])
static bool print_to(Runtime& rt, const Value& file, const Value& text, const char* end = nullptr) {
  Value builtins = import_module(rt, make_str(rt, "builtins"));
  Value print = builtins ? getattr(rt, builtins, "print") : Value();
  if (!print) return false;
  Ref<DictObject> kw = new_dict(rt);
  dict_set_str(rt, kw.get(), rt.intern("file"), file);
  if (end) dict_set_str(rt, kw.get(), rt.intern("end"), make_str(rt, end));
  return static_cast<bool>(call_kw(rt, print, make_tuple(rt, {text}), std::move(kw).value()));
}

static Value print_stack_of(Runtime& rt, const Value& task, const Value& limit, const Value& file) {
  Value get_stack = getattr(rt, task, "get_stack");
  if (!get_stack) return nullptr;
  Ref<DictObject> kw = new_dict(rt);
  dict_set_str(rt, kw.get(), rt.intern("limit"), limit);
  Value frames = call_kw(rt, get_stack, make_tuple(rt, {}), std::move(kw).value());
  if (!frames) return nullptr;
  Value warnings = import_module(rt, make_str(rt, "_warnings"));
  Value getline = warnings ? getattr(rt, warnings, "getline") : Value();
  if (!getline) return nullptr;
  Ref<ListObject> entries = new_list(rt);
  bool ok = for_each(rt, frames, [&](Value f) {
    Value lineno = getattr(rt, f, "f_lineno");
    Value code = lineno ? getattr(rt, f, "f_code") : Value();
    Value filename = code ? getattr(rt, code, "co_filename") : Value();
    Value name = filename ? getattr(rt, code, "co_name") : Value();
    Value line = name ? call(rt, getline, {filename, lineno}) : Value();
    if (!line) return false;
    list_append(rt, entries.get(), make_tuple(rt, {filename, lineno, name, line}));
    return true;
  });
  if (!ok) return nullptr;
  std::string task_repr;
  if (!repr_string(rt, task, &task_repr)) return nullptr;
  Value exc = task_exception(rt, task);
  if (!exc) return nullptr;
  const char* what = length(rt, entries.value()) == 0 ? "No stack for "
                     : rt.is_none(exc)                ? "Stack for "
                                                      : "Traceback for ";
  std::string header = what + task_repr;
  if (length(rt, entries.value()) != 0) header += " (most recent call last):";
  if (!print_to(rt, file, make_str(rt, header))) return nullptr;
  Value traceback = import_module(rt, make_str(rt, "traceback"));
  Value print_list = traceback ? getattr(rt, traceback, "print_list") : Value();
  if (!print_list) return nullptr;
  Ref<DictObject> fkw = new_dict(rt);
  dict_set_str(rt, fkw.get(), rt.intern("file"), file);
  if (!call_kw(rt, print_list, make_tuple(rt, {entries.value()}), std::move(fkw).value())) return nullptr;
  if (rt.is_none(exc)) return rt.None();
  Value only = getattr(rt, traceback, "format_exception_only");
  Value lines = only ? call(rt, only, {Value::borrow(exc.type(rt)), exc}) : Value();
  if (!lines) return nullptr;
  if (!for_each(rt, lines, [&](Value line) { return print_to(rt, file, line, ""); })) return nullptr;
  return rt.None();
}

// Keyword-only arguments of a C method (Argument Clinic's messages).
static bool keyword_only(Runtime& rt, CallArgs a, const char* fname, std::initializer_list<const char*> names,
                         Value* out) {
  size_t given = a.nargs + a.nkw();
  std::string f(fname);
  if (given > names.size()) {
    rt.raise(rt.t.TypeError, f + "() takes at most " + std::to_string(names.size()) + " " +
                                 (a.nargs ? "" : "keyword ") + "argument" + (names.size() == 1 ? "" : "s") + " (" +
                                 std::to_string(given) + " given)");
  } else if (a.nargs) {
    rt.raise(rt.t.TypeError, f + "() takes no positional arguments");
  } else {
    for (size_t k = 0; k < a.nkw(); ++k) {
      std::string_view kn = str_view((*a.kwnames)[static_cast<int64_t>(k)]);
      size_t i = 0;
      for (const char* n : names) {
        if (kn == n) break;
        ++i;
      }
      if (i == names.size()) {
        rt.raise(rt.t.TypeError, "'" + std::string(kn) + "' is an invalid keyword argument for " + f + "()");
        break;
      }
      out[i] = a.kwvalues()[k];
    }
  }
  if (rt.has_error()) {
    mark_binding_error(rt);
    return false;
  }
  for (size_t i = 0; i < names.size(); ++i) {
    if (!out[i]) out[i] = rt.None();
  }
  return true;
}

static Value m_get_stack(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!keyword_only(rt, a, "get_stack", {"limit"}, args)) return nullptr;
  return stack_of(rt, self, args[0]);
}

static Value m_print_stack(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  if (!keyword_only(rt, a, "print_stack", {"limit", "file"}, args)) return nullptr;
  return print_stack_of(rt, self, args[0], args[1]);
}

static Value f_task_get_stack(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "_task_get_stack", {"task", "limit"}, 2, 2, args, 0)) return nullptr;
  return stack_of(rt, args[0], args[1]);
}

static Value f_task_print_stack(Runtime& rt, const Value&, CallArgs a) {
  Value args[3];
  if (!bind_args(rt, a, "_task_print_stack", {"task", "limit", "file"}, 3, 3, args, 0)) return nullptr;
  return print_stack_of(rt, args[0], args[1], args[2]);
}

static const MethodDef kStackMethods[] = {
    {"get_stack", m_get_stack},
    {"print_stack", m_print_stack},
    {nullptr, nullptr},
};

void add_task_stack_names(Runtime& rt, const Value& m) {
  AsyncioState& st = asyncio_state(rt);
  add_methods(rt, st.task_type, kStackMethods);
  type_modified(rt, st.task_type);
  Value base_tasks = make_module(rt, "asyncio.base_tasks");
  module_add(rt, base_tasks, "_task_get_stack", make_builtin_function(rt, "_task_get_stack", f_task_get_stack, base_tasks));
  module_add(rt, base_tasks, "_task_print_stack",
             make_builtin_function(rt, "_task_print_stack", f_task_print_stack, base_tasks));
  register_module(rt, "asyncio.base_tasks", base_tasks);
  module_add(rt, m, "base_tasks", base_tasks);
}

}  // namespace ls
