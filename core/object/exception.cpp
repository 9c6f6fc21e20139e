// BaseException and the built-in exception hierarchy, tracebacks, exception groups.
#include "object/exception.hpp"

#include <cstdio>

#include "object/bytes.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

bool is_exception_instance(const Value& v) {
  return v.is_obj() && (v.obj()->type->flags & kTypeIsException);
}

bool is_exception_type(const Value& v) {
  if (!v.is_obj()) return false;
  Object* o = v.obj();
  if (!(o->type->flags & kTypeTypeSubclass)) return false;
  return static_cast<TypeObject*>(o)->flags & kTypeIsException;
}

// ---------------------------------------------------------------------------------------------
// Construction

static Value args_tuple(Runtime& rt, CallArgs a) { return make_tuple(rt, a.args, static_cast<int64_t>(a.nargs)); }

static TypeObject* exc_base_named(Runtime& rt, const Value& self) {
  // Nearest built-in exception class (decides the per-class fields).
  TypeObject* t = self.type(rt);
  while (t && (t->flags & kTypeHeapType)) t = t->base;
  return t;
}

static bool kw_allowed(Runtime& rt, TypeObject* base) {
  return base == rt.t.NameError || base == rt.t.UnboundLocalError || base == rt.t.AttributeError ||
         base == rt.t.ImportError || base == rt.t.ModuleNotFoundError;
}

// OSError(errno, strerror) builds the subclass that the errno names (Linux numbering).
static TypeObject* oserror_subclass(Runtime& rt, const Value& err) {
  if (!err.is_small()) return nullptr;
  switch (err.small_value()) {
    case 11: case 114: case 115: return rt.t.BlockingIOError;  // EAGAIN EALREADY EINPROGRESS
    case 10: return rt.t.ChildProcessError;                    // ECHILD
    case 32: case 108: return rt.t.BrokenPipeError;             // EPIPE ESHUTDOWN
    case 103: return rt.t.ConnectionAbortedError;
    case 111: return rt.t.ConnectionRefusedError;
    case 104: return rt.t.ConnectionResetError;
    case 17: return rt.t.FileExistsError;
    case 2: return rt.t.FileNotFoundError;
    case 21: return rt.t.IsADirectoryError;
    case 20: return rt.t.NotADirectoryError;
    case 4: return rt.t.InterruptedError;
    case 1: case 13: return rt.t.PermissionError;               // EPERM EACCES
    case 3: return rt.t.ProcessLookupError;
    case 110: return rt.t.TimeoutError;
    default: return nullptr;
  }
}

static Value exc_new(Runtime& rt, TypeObject* type, CallArgs a) {
  if (type == rt.t.OSError && a.nargs >= 2) {
    if (TypeObject* sub = oserror_subclass(rt, a.args[0])) type = sub;
  }
  Value self = object_new_instance(rt, type);
  ExceptionObject* e = as_exc(self);
  e->args = args_tuple(rt, a);
  return self;
}

static void set_fields(Runtime& rt, const Value& self, CallArgs a) {
  ExceptionObject* e = as_exc(self);
  TypeObject* base = exc_base_named(rt, self);
  if (is_subtype(base, rt.t.StopIteration)) {
    e->extra[0] = a.nargs > 0 ? a.args[0] : rt.None();
  } else if (base == rt.t.SystemExit) {
    if (a.nargs == 0) e->extra[0] = rt.None();
    else if (a.nargs == 1) e->extra[0] = a.args[0];
    else e->extra[0] = e->args;
  } else if (is_subtype(base, rt.t.OSError)) {
    if (a.nargs >= 2 && a.nargs <= 5) {
      e->extra[0] = a.args[0];  // errno
      e->extra[1] = a.args[1];  // strerror
      // CPython's oserror_init: with a filename, filename2 (the 5th argument; the 4th is
      // Windows' winerror) is kept too, and args shrinks to (errno, strerror).
      if (a.nargs >= 3 && !rt.is_none(a.args[2])) {
        e->extra[2] = a.args[2];
        if (a.nargs == 5 && !rt.is_none(a.args[4])) e->extra[3] = a.args[4];
        e->args = make_tuple(rt, {a.args[0], a.args[1]});
      }
    }
  } else if (is_subtype(base, rt.t.ImportError)) {
    if (a.nargs == 1) e->extra[5] = a.args[0];  // msg
  } else if (base == rt.t.UnicodeDecodeError || base == rt.t.UnicodeEncodeError) {
    if (a.nargs == 5) {
      for (int i = 0; i < 5; ++i) e->extra[i] = a.args[i];  // encoding object start end reason
    }
  } else if (is_subtype(base, rt.t.SyntaxError)) {
    if (a.nargs >= 1) e->extra[5] = a.args[0];  // msg
    if (a.nargs == 2 && isinstance(rt, a.args[1], rt.t.tuple)) {
      TupleObject* info = as_tuple(a.args[1]);
      for (int64_t i = 0; i < info->size && i < 4; ++i) e->extra[i] = (*info)[i];
      if (info->size > 4)
        e->extra[4] = make_tuple(rt, {(*info)[4], info->size > 5 ? (*info)[5] : rt.None()});
    }
  }
}

static bool exc_init(Runtime& rt, const Value& self, CallArgs a) {
  TypeObject* base = exc_base_named(rt, self);
  ExceptionObject* e = as_exc(self);
  if (a.nkw() > 0) {
    if (!kw_allowed(rt, base)) {
      rt.raise(rt.t.TypeError, self.type(rt)->name + "() takes no keyword arguments");
      return false;
    }
    for (size_t k = 0; k < a.nkw(); ++k) {
      std::string_view n = str_view((*a.kwnames)[static_cast<int64_t>(k)]);
      const Value& v = a.kwvalues()[k];
      if (n == "name") {
        e->extra[0] = v;
      } else if (n == "obj" && base == rt.t.AttributeError) {
        e->extra[1] = v;
      } else if (n == "path" && is_subtype(base, rt.t.ImportError)) {
        e->extra[1] = v;
      } else {
        rt.raise(rt.t.TypeError, "'" + std::string(n) + "' is an invalid keyword argument for " +
                                     self.type(rt)->name + "()");
        return false;
      }
    }
  }
  e->args = args_tuple(rt, CallArgs{a.args, a.nargs, nullptr});
  set_fields(rt, self, CallArgs{a.args, a.nargs, nullptr});
  return true;
}

// BaseExceptionGroup(message, exceptions)
static Value eg_new(Runtime& rt, TypeObject* type, CallArgs a) {
  if (a.nkw() > 0) return rt.raise(rt.t.TypeError, type->name + "() takes no keyword arguments");
  if (a.nargs != 2) {
    return rt.raise(rt.t.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                                        std::to_string(a.nargs) + " given)");
  }
  const Value& msg = a.args[0];
  const Value& excs = a.args[1];
  if (!is_str(rt, msg)) {
    return rt.raise(rt.t.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not " + type_name(rt, msg));
  }
  if (!isinstance(rt, excs, rt.t.list) && !isinstance(rt, excs, rt.t.tuple)) {
    return rt.raise(rt.t.TypeError, "second argument (exceptions) must be a sequence");
  }
  Value items = make_tuple(rt, nullptr, 0);
  {
    Value l = list_from_iterable(rt, excs);
    if (!l) return nullptr;
    ListObject* lo = as_list(l);
    items = make_tuple(rt, lo->items, lo->size);
  }
  TupleObject* t = as_tuple(items);
  if (t->size == 0) return rt.raise(rt.t.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (int64_t i = 0; i < t->size; ++i) {
    if (!is_exception_instance((*t)[i])) {
      return rt.raise(rt.t.ValueError, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    }
    if (!isinstance(rt, (*t)[i], rt.t.Exception)) all_exceptions = false;
  }
  if (type == rt.t.BaseExceptionGroup) {
    if (all_exceptions) type = rt.t.ExceptionGroup;
  } else if (type == rt.t.ExceptionGroup) {
    if (!all_exceptions) return rt.raise(rt.t.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!all_exceptions && is_subtype(type, rt.t.Exception)) {
    return rt.raise(rt.t.TypeError, "Cannot nest BaseExceptions in '" + type->name + "'");
  }
  Value self = object_new_instance(rt, type);
  ExceptionObject* e = as_exc(self);
  e->args = make_tuple(rt, {msg, excs});
  e->extra[0] = msg;
  e->extra[1] = items;
  return self;
}

static bool eg_init(Runtime&, const Value&, CallArgs) { return true; }

Value new_exception(Runtime& rt, TypeObject* type, std::initializer_list<Value> args) {
  return call(rt, Value::borrow(type), args);
}

Value new_exception_msg(Runtime& rt, TypeObject* type, std::string_view msg) {
  // Built-in classes are created directly (no Python-level __init__ can run).
  Value m = make_str(rt, msg);
  if (!(type->flags & kTypeHeapType)) {
    Value self = object_new_instance(rt, type);
    as_exc(self)->args = make_tuple(rt, {m});
    set_fields(rt, self, CallArgs{&m, 1, nullptr});
    return self;
  }
  return call(rt, Value::borrow(type), {m});
}

Value new_stop_iteration(Runtime& rt, const Value& value) {
  Value self = object_new_instance(rt, rt.t.StopIteration);
  ExceptionObject* e = as_exc(self);
  e->args = make_tuple(rt, {value});
  e->extra[0] = value;
  return self;
}

Value new_exception_group(Runtime& rt, std::string_view message, const Value& exceptions_list) {
  Value msg = make_str(rt, message);
  return call(rt, Value::borrow(rt.t.BaseExceptionGroup), {msg, exceptions_list});
}

// ---------------------------------------------------------------------------------------------
// str / repr

Value exception_str(Runtime& rt, const Value& exc) { return str(rt, exc); }

static Value exc_str(Runtime& rt, const Value& self) {
  ExceptionObject* e = as_exc(self);
  TypeObject* base = exc_base_named(rt, self);
  TupleObject* args = e->args ? as_tuple(e->args) : nullptr;
  int64_t n = args ? args->size : 0;
  if (base == rt.t.KeyError && n == 1) return repr(rt, (*args)[0]);
  if (is_subtype(base, rt.t.OSError) && e->extra[0] && e->extra[1]) {
    std::string errno_s, msg;
    if (!str_string(rt, e->extra[0], &errno_s) || !str_string(rt, e->extra[1], &msg)) return nullptr;
    std::string out = "[Errno " + errno_s + "] " + msg;
    if (e->extra[2] && !rt.is_none(e->extra[2])) {
      std::string fn;
      if (!repr_string(rt, e->extra[2], &fn)) return nullptr;
      out += ": " + fn;
      if (e->extra[3] && !rt.is_none(e->extra[3])) {
        std::string fn2;
        if (!repr_string(rt, e->extra[3], &fn2)) return nullptr;
        out += " -> " + fn2;
      }
    }
    return make_str(rt, out);
  }
  if ((base == rt.t.UnicodeDecodeError || base == rt.t.UnicodeEncodeError) && e->extra[4] &&
      e->extra[2].is_small() && e->extra[3].is_small() && is_str(rt, e->extra[0]) && is_str(rt, e->extra[4])) {
    int64_t start = e->extra[2].small_value(), end = e->extra[3].small_value();
    std::string enc(str_view(e->extra[0])), reason(str_view(e->extra[4]));
    char buf[64];
    if (base == rt.t.UnicodeDecodeError) {
      std::string_view b;
      if (end == start + 1 && bytes_like_view(rt, e->extra[1], &b) && start >= 0 &&
          start < static_cast<int64_t>(b.size())) {
        std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned>(static_cast<unsigned char>(b[static_cast<size_t>(start)])));
        return make_str(rt, "'" + enc + "' codec can't decode byte " + buf + " in position " +
                                std::to_string(start) + ": " + reason);
      }
      return make_str(rt, "'" + enc + "' codec can't decode bytes in position " + std::to_string(start) + "-" +
                              std::to_string(end - 1) + ": " + reason);
    }
    if (end == start + 1 && is_str(rt, e->extra[1])) {
      if (start < 0 || start >= as_str(e->extra[1])->length) return str(rt, e->args);
      uint32_t c = str_codepoint_at(as_str(e->extra[1]), start);
      if (c < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", c);
      else if (c < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", c);
      else std::snprintf(buf, sizeof buf, "\\U%08x", c);
      return make_str(rt, "'" + enc + "' codec can't encode character '" + buf + "' in position " +
                              std::to_string(start) + ": " + reason);
    }
    return make_str(rt, "'" + enc + "' codec can't encode characters in position " + std::to_string(start) + "-" +
                            std::to_string(end - 1) + ": " + reason);
  }
  if (is_subtype(base, rt.t.SyntaxError) && e->extra[5]) {
    std::string msg;
    if (!str_string(rt, e->extra[5], &msg)) return nullptr;
    bool has_file = e->extra[0] && is_str(rt, e->extra[0]);
    bool has_line = e->extra[1] && e->extra[1].is_small();
    if (has_file && has_line) {
      std::string f(str_view(e->extra[0]));
      size_t slash = f.rfind('/');
      if (slash != std::string::npos) f = f.substr(slash + 1);
      return make_str(rt, msg + " (" + f + ", line " + std::to_string(e->extra[1].small_value()) + ")");
    }
    if (has_line) return make_str(rt, msg + " (line " + std::to_string(e->extra[1].small_value()) + ")");
    return make_str(rt, msg);
  }
  if (is_subtype(base, rt.t.BaseExceptionGroup) && e->extra[1]) {
    std::string msg;
    if (!str_string(rt, e->extra[0], &msg)) return nullptr;
    int64_t k = as_tuple(e->extra[1])->size;
    return make_str(rt, msg + " (" + std::to_string(k) + " sub-exception" + (k == 1 ? "" : "s") + ")");
  }
  if (n == 0) return Value::borrow(rt.empty_str);
  if (n == 1) return str(rt, (*args)[0]);
  return str(rt, e->args);
}

static Value exc_repr(Runtime& rt, const Value& self) {
  ExceptionObject* e = as_exc(self);
  std::string name(type_short_name(self.type(rt)));
  TupleObject* args = e->args ? as_tuple(e->args) : nullptr;
  if (!args || args->size == 0) return make_str(rt, name + "()");
  std::string r;
  if (args->size == 1) {
    if (!repr_string(rt, (*args)[0], &r)) return nullptr;
    return make_str(rt, name + "(" + r + ")");
  }
  if (!repr_string(rt, e->args, &r)) return nullptr;
  return make_str(rt, name + r);
}

// ---------------------------------------------------------------------------------------------
// GC

static void exc_dealloc(Object* o) {
  auto* e = static_cast<ExceptionObject*>(o);
  e->args.reset();
  e->traceback.reset();
  e->context.reset();
  e->cause.reset();
  e->notes.reset();
  for (auto& x : e->extra) x.reset();
  e->frame_keep.reset();
}

static void exc_traverse(Object* o, Visitor& v) {
  auto* e = static_cast<ExceptionObject*>(o);
  v(e->args);
  v(e->traceback);
  v(e->context);
  v(e->cause);
  v(e->notes);
  for (auto& x : e->extra) v(x);
  v(e->frame_keep);
}

static void exc_clear(Object* o) { exc_dealloc(o); }

// ---------------------------------------------------------------------------------------------
// Attributes

static Value get_args(Runtime& rt, const Value& self) {
  Value a = as_exc(self)->args;
  return a ? a : Value::borrow(rt.empty_tuple);
}
static bool set_args(Runtime& rt, const Value& self, const Value& v) {
  if (!v) {
    rt.raise(rt.t.TypeError, "args may not be deleted");
    return false;
  }
  Value t = isinstance(rt, v, rt.t.tuple) ? v : Value();
  if (!t) {
    Value l = list_from_iterable(rt, v);
    if (!l) return false;
    t = make_tuple(rt, as_list(l)->items, as_list(l)->size);
  }
  as_exc(self)->args = t;
  return true;
}
static Value get_tb(Runtime& rt, const Value& self) {
  Value t = as_exc(self)->traceback;
  return t ? t : rt.None();
}
static bool set_tb(Runtime& rt, const Value& self, const Value& v) {
  if (!v) {
    rt.raise(rt.t.TypeError, "__traceback__ may not be deleted");
    return false;
  }
  if (rt.is_none(v)) {
    as_exc(self)->traceback.reset();
    as_exc(self)->tb_uncaught = 0;
    as_exc(self)->frame_keep.reset();  // the frames went with the traceback
    return true;
  }
  if (v.type(rt) != rt.t.traceback) {
    rt.raise(rt.t.TypeError, "__traceback__ must be a traceback or None");
    return false;
  }
  as_exc(self)->traceback = v;
  as_exc(self)->tb_uncaught = 0;
  return true;
}
static Value get_context(Runtime& rt, const Value& self) {
  Value c = as_exc(self)->context;
  return c ? c : rt.None();
}
static bool set_context(Runtime& rt, const Value& self, const Value& v) {
  if (!v) {
    rt.raise(rt.t.TypeError, "__context__ may not be deleted");
    return false;
  }
  if (rt.is_none(v)) {
    as_exc(self)->context.reset();
  } else if (is_exception_instance(v)) {
    as_exc(self)->context = v;
  } else {
    rt.raise(rt.t.TypeError, "exception context must be None or derive from BaseException");
    return false;
  }
  return true;
}
static Value get_cause(Runtime& rt, const Value& self) {
  Value c = as_exc(self)->cause;
  return c ? c : rt.None();
}
static bool set_cause(Runtime& rt, const Value& self, const Value& v) {
  if (!v) {
    rt.raise(rt.t.TypeError, "__cause__ may not be deleted");
    return false;
  }
  if (rt.is_none(v)) {
    as_exc(self)->cause.reset();
  } else if (is_exception_instance(v)) {
    as_exc(self)->cause = v;
  } else {
    rt.raise(rt.t.TypeError, "exception cause must be None or derive from BaseException");
    return false;
  }
  as_exc(self)->suppress_context = true;
  return true;
}
static Value get_suppress(Runtime& rt, const Value& self) { return rt.Bool(as_exc(self)->suppress_context); }
static bool set_suppress(Runtime& rt, const Value& self, const Value& v) {
  int t = v ? truthy(rt, v) : 0;
  if (t < 0) return false;
  as_exc(self)->suppress_context = t;
  return true;
}

static const GetSetDef kBaseExceptionGetSets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_tb, set_tb},
    {"__context__", get_context, set_context},
    {"__cause__", get_cause, set_cause},
    {"__suppress_context__", get_suppress, set_suppress},
    {nullptr, nullptr},
};

static Value m_with_traceback(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "with_traceback", 1, 1)) return nullptr;
  if (!set_tb(rt, self, a[0])) return nullptr;
  return self;
}

static Value m_add_note(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "add_note", 1, 1)) return nullptr;
  if (!is_str(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "note must be a str, not '" + type_name(rt, a[0]) + "'");
  }
  Value notes = getattr_opt(rt, self, rt.n.__notes__);
  if (rt.has_error()) return nullptr;
  if (!notes) {
    notes = new_list(rt).value();
    if (!setattr(rt, self, rt.n.__notes__, notes)) return nullptr;
  } else if (!isinstance(rt, notes, rt.t.list)) {
    return rt.raise(rt.t.TypeError, "Cannot add note: __notes__ is not a list");
  }
  list_append(rt, as_list(notes), a[0]);
  return rt.None();
}

// BaseException.__reduce__: (type, args), plus the instance __dict__ once it exists, as CPython.
static Value m_reduce(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__reduce__", 0, 0)) return nullptr;
  Value type = Value::borrow(self.type(rt));
  Value args = as_exc(self)->args ? as_exc(self)->args : make_tuple(rt, {});
  Value d = *instance_dict_slot(self.obj());
  if (d) return make_tuple(rt, {type, args, d});
  return make_tuple(rt, {type, args});
}

// BaseException.__setstate__: each item of a state dict becomes an attribute.
static Value m_setstate(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__setstate__", 1, 1)) return nullptr;
  if (rt.is_none(a[0])) return rt.None();
  if (!isinstance(rt, a[0], rt.t.dict)) return rt.raise(rt.t.TypeError, "state is not a dictionary");
  DictObject* state = as_dict(a[0]);
  for (int64_t pos = 0;;) {
    DictEntry* e;
    if (!dict_next(state, &pos, &e)) break;
    if (!is_str(rt, e->key)) {
      return rt.raise(rt.t.TypeError, "attribute name must be string, not '" + type_name(rt, e->key) + "'");
    }
    if (!setattr(rt, self, as_str(e->key), e->value)) return nullptr;
  }
  return rt.None();
}

static const MethodDef kBaseExceptionMethods[] = {
    {"with_traceback", m_with_traceback},
    {"__reduce__", m_reduce},
    {"__setstate__", m_setstate},
    {"add_note", m_add_note},
    {nullptr, nullptr},
};

// Per-class attributes.
static Value get_extra0(Runtime& rt, const Value& self) {
  Value v = as_exc(self)->extra[0];
  return v ? v : rt.None();
}
static bool set_extra0(Runtime&, const Value& self, const Value& v) {
  as_exc(self)->extra[0] = v;
  return true;
}
static Value get_extra1(Runtime& rt, const Value& self) {
  Value v = as_exc(self)->extra[1];
  return v ? v : rt.None();
}
static bool set_extra1(Runtime&, const Value& self, const Value& v) {
  as_exc(self)->extra[1] = v;
  return true;
}
static Value get_extra2(Runtime& rt, const Value& self) {
  Value v = as_exc(self)->extra[2];
  return v ? v : rt.None();
}
static bool set_extra2(Runtime&, const Value& self, const Value& v) {
  as_exc(self)->extra[2] = v;
  return true;
}
static Value get_extra3(Runtime& rt, const Value& self) {
  Value v = as_exc(self)->extra[3];
  return v ? v : rt.None();
}
static bool set_extra3(Runtime&, const Value& self, const Value& v) {
  as_exc(self)->extra[3] = v;
  return true;
}
static Value get_extra4(Runtime& rt, const Value& self) {
  Value v = as_exc(self)->extra[4];
  return v ? v : rt.None();
}
static bool set_extra4(Runtime&, const Value& self, const Value& v) {
  as_exc(self)->extra[4] = v;
  return true;
}
static Value get_extra5(Runtime& rt, const Value& self) {
  Value v = as_exc(self)->extra[5];
  return v ? v : rt.None();
}
static bool set_extra5(Runtime&, const Value& self, const Value& v) {
  as_exc(self)->extra[5] = v;
  return true;
}

static const GetSetDef kStopIterationGetSets[] = {{"value", get_extra0, set_extra0}, {nullptr, nullptr}};
static const GetSetDef kSystemExitGetSets[] = {{"code", get_extra0, set_extra0}, {nullptr, nullptr}};
static const GetSetDef kNameErrorGetSets[] = {{"name", get_extra0, set_extra0}, {nullptr, nullptr}};
static const GetSetDef kAttributeErrorGetSets[] = {
    {"name", get_extra0, set_extra0}, {"obj", get_extra1, set_extra1}, {nullptr, nullptr}};
static const GetSetDef kImportErrorGetSets[] = {
    {"name", get_extra0, set_extra0}, {"path", get_extra1, set_extra1}, {"msg", get_extra5, set_extra5},
    {nullptr, nullptr}};
static const GetSetDef kOSErrorGetSets[] = {{"errno", get_extra0, set_extra0},
                                            {"strerror", get_extra1, set_extra1},
                                            {"filename", get_extra2, set_extra2},
                                            {"filename2", get_extra3, set_extra3},
                                            {nullptr, nullptr}};
// SyntaxError keeps end_lineno and end_offset together in extra[4], a 2-tuple (every other
// slot is taken): syntax_error_set_end() builds it, these accessors read and replace one item.
static Value syntax_end_item(Runtime& rt, const Value& self, int64_t i) {
  const Value& pair = as_exc(self)->extra[4];
  if (!pair || !isinstance(rt, pair, rt.t.tuple)) return rt.None();
  return (*as_tuple(pair))[i];
}
static void syntax_end_replace(Runtime& rt, const Value& self, int64_t i, const Value& v) {
  Value lineno = syntax_end_item(rt, self, 0), offset = syntax_end_item(rt, self, 1);
  (i == 0 ? lineno : offset) = v ? v : rt.None();
  as_exc(self)->extra[4] = make_tuple(rt, {lineno, offset});
}
static Value get_end_lineno(Runtime& rt, const Value& self) { return syntax_end_item(rt, self, 0); }
static bool set_end_lineno(Runtime& rt, const Value& self, const Value& v) {
  syntax_end_replace(rt, self, 0, v);
  return true;
}
static Value get_end_offset(Runtime& rt, const Value& self) { return syntax_end_item(rt, self, 1); }
static bool set_end_offset(Runtime& rt, const Value& self, const Value& v) {
  syntax_end_replace(rt, self, 1, v);
  return true;
}
static const GetSetDef kSyntaxErrorGetSets[] = {
    {"filename", get_extra0, set_extra0},       {"lineno", get_extra1, set_extra1},
    {"offset", get_extra2, set_extra2},         {"text", get_extra3, set_extra3},
    {"end_lineno", get_end_lineno, set_end_lineno}, {"end_offset", get_end_offset, set_end_offset},
    {"msg", get_extra5, set_extra5},            {nullptr, nullptr}};

static const GetSetDef kUnicodeErrorGetSets[] = {
    {"encoding", get_extra0, set_extra0}, {"object", get_extra1, set_extra1}, {"start", get_extra2, set_extra2},
    {"end", get_extra3, set_extra3},      {"reason", get_extra4, set_extra4}, {nullptr, nullptr}};

static Value eg_message(Runtime& rt, const Value& self) { return get_extra0(rt, self); }
static Value eg_exceptions(Runtime& rt, const Value& self) { return get_extra1(rt, self); }

// ExceptionGroup.derive(excs): a new group of the same class with the same message.
static Value eg_derive(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "derive", 1, 1)) return nullptr;
  return call(rt, Value::borrow(rt.t.BaseExceptionGroup), {as_exc(self)->extra[0], a[0]});
}

// Copies __traceback__, __context__, __cause__ and __notes__ onto a derived group, as CPython
// 3.11's exceptiongroup_subset: the cause is set with PyException_SetCause, which always sets
// __suppress_context__ (a split part never prints its __context__ unless given a __cause__), and
// a sequence of notes is copied into a new list (the parts get independent notes lists), other
// notes are dropped.
static void copy_metadata(Runtime& rt, const Value& from, const Value& to) {
  ExceptionObject* f = as_exc(from);
  ExceptionObject* t = as_exc(to);
  t->traceback = f->traceback;
  t->context = f->context;
  t->cause = f->cause;
  t->suppress_context = true;
  Value notes = getattr_opt(rt, from, rt.n.__notes__);
  if (notes) {
    bool seq = !isinstance(rt, notes, rt.t.dict) && type_lookup(notes.type(rt), rt.n.__getitem__) != nullptr;
    // Notes of another type are left out (3.11: "split() is not a good place to report earlier
    // user errors").
    Value copy = seq ? list_from_iterable(rt, notes) : Value();
    if (copy) setattr(rt, to, rt.n.__notes__, copy);
  }
  rt.clear_error();
}

// Splits a group by a predicate: matching leaves go to *match, the rest to *rest (each null when
// empty). The structure (nested groups) is preserved, as in CPython's exceptiongroup_split_recursive.
static bool eg_split_rec(Runtime& rt, const Value& exc, const Value& cond, Value* match, Value* rest, int depth);

static int eg_matches(Runtime& rt, const Value& exc, const Value& cond) {
  if (isinstance(rt, cond, rt.t.type) || isinstance(rt, cond, rt.t.tuple)) return isinstance_generic(rt, exc, cond);
  if (cond.type(rt)->slots.call) {
    Value r = call(rt, cond, {exc});
    if (!r) return -1;
    return truthy(rt, r);
  }
  rt.raise(rt.t.TypeError, "expected a function, exception type or tuple of exception types");
  return -1;
}

static bool eg_split_rec(Runtime& rt, const Value& exc, const Value& cond, Value* match, Value* rest, int depth) {
  *match = nullptr;
  *rest = nullptr;
  int m = eg_matches(rt, exc, cond);
  if (m < 0) return false;
  if (m) {
    *match = exc;
    return true;
  }
  if (!isinstance(rt, exc, rt.t.BaseExceptionGroup)) {
    *rest = exc;
    return true;
  }
  if (depth > 200) {
    rt.raise(rt.t.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  TupleObject* items = as_tuple(as_exc(exc)->extra[1]);
  Ref<ListObject> ml = new_list(rt), rl = new_list(rt);
  for (int64_t i = 0; i < items->size; ++i) {
    Value sm, sr;
    if (!eg_split_rec(rt, (*items)[i], cond, &sm, &sr, depth + 1)) return false;
    if (sm) list_append(rt, ml.get(), sm);
    if (sr) list_append(rt, rl.get(), sr);
  }
  auto derive = [&](ListObject* l, Value* out) -> bool {
    if (l->size == 0) return true;
    Value d = call_method(rt, exc, rt.intern("derive"), {Value::borrow(l)});
    if (!d) return false;
    copy_metadata(rt, exc, d);
    *out = d;
    return true;
  };
  return derive(ml.get(), match) && derive(rl.get(), rest);
}

bool exception_group_split(Runtime& rt, const Value& exc, const Value& cond, Value* match, Value* rest) {
  return eg_split_rec(rt, exc, cond, match, rest, 0);
}

static Value eg_split(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "split", 1, 1)) return nullptr;
  Value m, r;
  if (!exception_group_split(rt, self, a[0], &m, &r)) return nullptr;
  return make_tuple(rt, {m ? m : rt.None(), r ? r : rt.None()});
}

static Value eg_subgroup(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "subgroup", 1, 1)) return nullptr;
  Value m, r;
  if (!exception_group_split(rt, self, a[0], &m, &r)) return nullptr;
  return m ? m : rt.None();
}

static const GetSetDef kExceptionGroupGetSets[] = {
    {"message", eg_message}, {"exceptions", eg_exceptions}, {nullptr, nullptr}};
static const MethodDef kExceptionGroupMethods[] = {
    {"derive", eg_derive}, {"split", eg_split}, {"subgroup", eg_subgroup}, {nullptr, nullptr}};

// ---------------------------------------------------------------------------------------------
// traceback objects

static void tb_dealloc(Object* o) {
  auto* t = static_cast<TracebackObject*>(o);
  t->next.reset();
  t->frame.reset();
}
static void tb_traverse(Object* o, Visitor& v) {
  auto* t = static_cast<TracebackObject*>(o);
  v(t->next);
  v(t->frame);
}
static Value tb_next(Runtime& rt, const Value& self) {
  Value n = static_cast<TracebackObject*>(self.obj())->next;
  return n ? n : rt.None();
}
// CPython's tb_next_set: None or a traceback (no loops); unittest cuts its own frames off this way.
static bool tb_set_next(Runtime& rt, const Value& self, const Value& v) {
  if (!v) {
    rt.raise(rt.t.TypeError, "can't delete tb_next attribute");
    return false;
  }
  Value next;
  if (!rt.is_none(v)) {
    if (v.type(rt) != rt.t.traceback) {
      rt.raise(rt.t.TypeError, "expected traceback object, got '" + type_name(rt, v) + "'");
      return false;
    }
    for (const Value* c = &v; c->is_obj(); c = &static_cast<TracebackObject*>(c->obj())->next) {
      if (c->obj() == self.obj()) {
        rt.raise(rt.t.ValueError, "traceback loop detected");
        return false;
      }
    }
    next = v;
  }
  static_cast<TracebackObject*>(self.obj())->next = std::move(next);
  return true;
}
static Value tb_frame(Runtime& rt, const Value& self) {
  Value f = static_cast<TracebackObject*>(self.obj())->frame;
  return f ? f : rt.None();
}
static Value tb_lineno(Runtime&, const Value& self) {
  return Value::small(static_cast<TracebackObject*>(self.obj())->lineno);
}
static Value tb_lasti(Runtime&, const Value& self) {
  return Value::small(static_cast<TracebackObject*>(self.obj())->lasti);
}
static const GetSetDef kTracebackGetSets[] = {
    {"tb_next", tb_next, tb_set_next}, {"tb_frame", tb_frame}, {"tb_lineno", tb_lineno}, {"tb_lasti", tb_lasti},
    {nullptr, nullptr}};

void exception_add_traceback(Runtime& rt, const Value& exc, const Value& frame, int lineno, int lasti) {
  if (!is_exception_instance(exc)) return;
  auto* tb = alloc<TracebackObject>(rt, rt.t.traceback);
  tb->next = as_exc(exc)->traceback;
  tb->frame = frame;
  tb->lineno = lineno;
  tb->lasti = lasti;
  gc_track(rt, tb);
  as_exc(exc)->traceback = Value::steal(tb);
  as_exc(exc)->tb_uncaught += 1;
}

void exception_drop_uncaught_traceback(const Value& exc) {
  if (!is_exception_instance(exc)) return;
  ExceptionObject* e = as_exc(exc);
  for (; e->tb_uncaught > 0 && e->traceback; --e->tb_uncaught) {
    Value next = static_cast<TracebackObject*>(e->traceback.obj())->next;
    e->traceback = std::move(next);
  }
  e->tb_uncaught = 0;
}

void exception_keep_frame(Runtime& rt, const Value& exc, Value v) {
  if (!is_exception_instance(exc) || !v) return;
  ExceptionObject* e = as_exc(exc);
  e->frame_keep = e->frame_keep ? make_tuple(rt, {e->frame_keep, std::move(v)}) : std::move(v);
}

void report_unraisable(Runtime& rt, std::string_view prefix, const Value& obj) {
  Value exc = rt.take_error();
  // A limit is ending the run: its own error is reported once, at the end, not from every
  // finalizer it interrupted on the way out.
  if (rt.aborting()) return;
  if (exc && rt.unraisable_hook && rt.unraisable_hook(rt, prefix, obj, exc)) return;
  std::string r;
  if (obj && repr_string(rt, obj, &r)) {
    rt.write(OutStream::Stderr, std::string(prefix) + r + "\n");
  } else {
    rt.clear_error();
    rt.write(OutStream::Stderr, std::string(prefix) + "\n");
  }
  if (exc && rt.print_unraisable) rt.print_unraisable(rt, exc);
  else if (exc && rt.print_exception) rt.print_exception(rt, exc);
}

// ---------------------------------------------------------------------------------------------

void init_exception_types(Runtime& rt) {
  TypeSlots s;
  s.dealloc = exc_dealloc;
  s.traverse = exc_traverse;
  s.clear = exc_clear;
  s.new_ = exc_new;
  s.init = exc_init;
  s.repr = exc_repr;
  s.str = exc_str;
  uint32_t flags = kTypeGc | kTypeBaseType | kTypeHasDict | kTypeIsException;
  rt.t.BaseException = make_builtin_type(
      rt, TypeSpec{"BaseException", rt.t.object, sizeof(ExceptionObject), flags, kBaseExceptionMethods,
                   kBaseExceptionGetSets},
      s);
  add_instance_dict_descriptor(rt, rt.t.BaseException);  // BaseException.__dict__ (a getset in CPython)
  TypeSlots none;
#define X(name, parent)                                                                                   \
  if (rt.t.name == nullptr) {                                                                             \
    rt.t.name = make_builtin_type(rt, TypeSpec{#name, rt.t.parent, sizeof(ExceptionObject), flags}, none); \
  }
#define object BaseException
#include "object/exception_types.def"
#undef object
#undef X
  auto add = [&](TypeObject* t, const GetSetDef* g, const MethodDef* m = nullptr) {
    if (g) add_getsets(rt, t, g);
    if (m) add_methods(rt, t, m);
  };
  add(rt.t.StopIteration, kStopIterationGetSets);
  add(rt.t.SystemExit, kSystemExitGetSets);
  add(rt.t.NameError, kNameErrorGetSets);
  add(rt.t.AttributeError, kAttributeErrorGetSets);
  add(rt.t.ImportError, kImportErrorGetSets);
  add(rt.t.OSError, kOSErrorGetSets);
  add(rt.t.SyntaxError, kSyntaxErrorGetSets);
  add(rt.t.UnicodeDecodeError, kUnicodeErrorGetSets);
  add(rt.t.UnicodeEncodeError, kUnicodeErrorGetSets);
  add(rt.t.BaseExceptionGroup, kExceptionGroupGetSets, kExceptionGroupMethods);
  rt.t.BaseExceptionGroup->slots.new_ = eg_new;
  rt.t.BaseExceptionGroup->slots.init = eg_init;
  rt.t.ExceptionGroup->slots.new_ = eg_new;
  rt.t.ExceptionGroup->slots.init = eg_init;
  // ExceptionGroup(BaseExceptionGroup, Exception): patch the second base into bases and MRO.
  {
    TypeObject* eg = rt.t.ExceptionGroup;
    eg->bases = make_tuple(rt, {Value::borrow(rt.t.BaseExceptionGroup), Value::borrow(rt.t.Exception)});
    eg->mro = make_tuple(rt, {Value::borrow(eg), Value::borrow(rt.t.BaseExceptionGroup), Value::borrow(rt.t.Exception),
                              Value::borrow(rt.t.BaseException), Value::borrow(rt.t.object)});
    rt.t.Exception->subclasses.push_back(eg);
  }

  TypeSlots tb;
  tb.dealloc = tb_dealloc;
  tb.traverse = tb_traverse;
  tb.clear = tb_dealloc;
  rt.t.traceback = make_builtin_type(rt, TypeSpec{"traceback", nullptr, sizeof(TracebackObject), kTypeGc, nullptr,
                                                  kTracebackGetSets},
                                     tb);
}

}  // namespace ls
