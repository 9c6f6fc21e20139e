// Function and code objects; binding call arguments to parameters (with CPython's messages).
#include "lang/function.hpp"

#include <algorithm>

#include "lang/frame.hpp"
#include "lang/generator.hpp"
#include "lang/opcodes.hpp"
#include "lang/vm.hpp"
#include "object/cell.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/module.hpp"
#include "object/gc.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// code

Ref<CodeObject> new_code(Runtime& rt) {
  auto* c = alloc<CodeObject>(rt, rt.t.code);
  new (&c->code) std::vector<uint32_t>();
  new (&c->positions) std::vector<SourcePos>();
  new (&c->exc_table) std::vector<ExceptionEntry>();
  new (&c->caches) std::vector<InlineCache>();
  new (&c->cell2arg) std::vector<int32_t>();
  return Ref<CodeObject>::steal(c);
}

const ExceptionEntry* find_handler(const CodeObject* code, uint32_t index) {
  const auto& t = code->exc_table;
  // Entries are sorted by start and do not overlap.
  size_t lo = 0, hi = t.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (t[mid].end <= index) lo = mid + 1;
    else hi = mid;
  }
  if (lo < t.size() && t[lo].start <= index && index < t[lo].end) return &t[lo];
  return nullptr;
}

static void code_dealloc(Object* o) {
  auto* c = static_cast<CodeObject*>(o);
  using VU = std::vector<uint32_t>;
  using VP = std::vector<SourcePos>;
  using VE = std::vector<ExceptionEntry>;
  using VC = std::vector<InlineCache>;
  using VI = std::vector<int32_t>;
  c->code.~VU();
  c->positions.~VP();
  c->exc_table.~VE();
  c->caches.~VC();
  c->cell2arg.~VI();
  c->consts.reset();
  c->names.reset();
  c->varnames.reset();
  c->cellvars.reset();
  c->freevars.reset();
  c->name.reset();
  c->qualname.reset();
  c->filename.reset();
}

static void code_traverse(Object* o, Visitor& v) {
  auto* c = static_cast<CodeObject*>(o);
  v(c->consts);
}

static Value code_repr(Runtime& rt, const Value& self) {
  auto* c = as_code(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %#llx, file \"", static_cast<unsigned long long>(object_id(rt, self)));
  return make_str(rt, "<code object " + std::string(str_view(c->name)) + buf + std::string(str_view(c->filename)) +
                          "\", line " + std::to_string(c->firstlineno) + ">");
}

static Value co_name(Runtime&, const Value& s) { return as_code(s)->name; }
static Value co_qualname(Runtime&, const Value& s) { return as_code(s)->qualname; }
static Value co_filename(Runtime&, const Value& s) { return as_code(s)->filename; }
static Value co_firstlineno(Runtime&, const Value& s) { return Value::small(as_code(s)->firstlineno); }
static Value co_argcount(Runtime&, const Value& s) { return Value::small(as_code(s)->argcount); }
static Value co_kwonlyargcount(Runtime&, const Value& s) { return Value::small(as_code(s)->kwonlyargcount); }
static Value co_posonlyargcount(Runtime&, const Value& s) { return Value::small(as_code(s)->posonlyargcount); }
static Value co_flags(Runtime&, const Value& s) { return Value::small(as_code(s)->flags & ~kCoNative); }
static Value co_varnames(Runtime&, const Value& s) { return as_code(s)->varnames; }
static Value co_freevars(Runtime&, const Value& s) { return as_code(s)->freevars; }
static Value co_cellvars(Runtime&, const Value& s) { return as_code(s)->cellvars; }
static Value co_consts(Runtime&, const Value& s) { return as_code(s)->consts; }
static Value co_names(Runtime&, const Value& s) { return as_code(s)->names; }
static Value co_nlocals(Runtime&, const Value& s) { return Value::small(as_code(s)->nlocals); }

static const GetSetDef kCodeGetSets[] = {
    {"co_name", co_name},           {"co_qualname", co_qualname},         {"co_filename", co_filename},
    {"co_firstlineno", co_firstlineno}, {"co_argcount", co_argcount},     {"co_kwonlyargcount", co_kwonlyargcount},
    {"co_posonlyargcount", co_posonlyargcount}, {"co_flags", co_flags},   {"co_varnames", co_varnames},
    {"co_freevars", co_freevars},   {"co_cellvars", co_cellvars},         {"co_consts", co_consts},
    {"co_names", co_names},         {"co_nlocals", co_nlocals},           {nullptr, nullptr},
};

void init_code_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = code_dealloc;
  s.traverse = code_traverse;
  s.repr = code_repr;
  rt.t.code = make_builtin_type(rt, TypeSpec{"code", nullptr, sizeof(CodeObject), kTypeGc, nullptr, kCodeGetSets}, s);
}

std::string disassemble(Runtime& rt, const CodeObject* c) {
  std::string out;
  int last_line = -1;
  for (size_t i = 0; i < c->code.size(); ++i) {
    uint32_t w = c->code[i];
    int line = c->positions[i].line;
    char buf[128];
    if (line != last_line) {
      std::snprintf(buf, sizeof buf, "%4d ", line);
      last_line = line;
    } else {
      std::snprintf(buf, sizeof buf, "     ");
    }
    out += buf;
    std::snprintf(buf, sizeof buf, "%5zu %-22s %u", i, op_name(op_of(w)), arg_of(w));
    out += buf;
    Op op = op_of(w);
    if (op == Op::LOAD_CONST) {
      std::string r;
      if (repr_string(rt, (*as_tuple(c->consts))[arg_of(w)], &r)) out += " (" + r + ")";
      rt.clear_error();
    } else if (op == Op::LOAD_NAME || op == Op::STORE_NAME || op == Op::LOAD_ATTR || op == Op::STORE_ATTR ||
               op == Op::LOAD_METHOD || op == Op::IMPORT_NAME || op == Op::IMPORT_FROM) {
      out += " (" + std::string(str_view((*as_tuple(c->names))[arg_of(w)])) + ")";
    } else if (op == Op::LOAD_GLOBAL) {
      out += " (" + std::string(str_view((*as_tuple(c->names))[arg_of(w) >> 1])) + ")";
    } else if (op == Op::LOAD_FAST || op == Op::STORE_FAST) {
      out += " (" + std::string(str_view((*as_tuple(c->varnames))[arg_of(w)])) + ")";
    }
    out += "\n";
  }
  for (const ExceptionEntry& e : c->exc_table) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]%s\n", e.start, e.end, e.handler, e.depth, e.lasti ? " lasti" : "");
    out += buf;
  }
  return out;
}

const char* op_name(Op op) {
  static const char* const kNames[] = {
#define X(name) #name,
      LS_OPCODES(X)
#undef X
  };
  return kNames[static_cast<int>(op)];
}

// ---------------------------------------------------------------------------------------------
// function

// _PyEval_BuiltinsFromGlobals: globals['__builtins__'] (a module stands for its dict), else the
// interpreter's builtins.
Value builtins_from_globals(Runtime& rt, const Value& globals) {
  Value b = dict_get_str(as_dict(globals), rt.n.__builtins__);
  if (b) {
    if (b.type(rt) == rt.t.module) return as_module(b)->dict;
    if (isinstance(rt, b, rt.t.dict)) return b;
  }
  return vm_of(rt).builtins;
}

Value make_function(Runtime& rt, const Value& code, const Value& globals, const Value& qualname) {
  auto* f = alloc<FunctionObject>(rt, rt.t.function);
  f->code = code;
  f->globals = globals;
  f->builtins = builtins_from_globals(rt, globals);
  CodeObject* c = as_code(code);
  f->name = c->name;
  f->qualname = qualname ? qualname : c->qualname;
  Value mod = dict_get_str(as_dict(globals), rt.n.__name__);
  f->module = mod ? mod : rt.None();
  TupleObject* consts = as_tuple(c->consts);
  if ((c->flags & kCoOptimized) && consts->size > 0 && is_str(rt, (*consts)[0]) && c->name.obj() != rt.n.lambda) {
    f->doc = (*consts)[0];
  }
  gc_track(rt, f);
  return Value::steal(f);
}

static void fn_dealloc(Object* o) {
  auto* f = static_cast<FunctionObject*>(o);
  f->code.reset();
  f->globals.reset();
  f->builtins.reset();
  f->name.reset();
  f->qualname.reset();
  f->module.reset();
  f->doc.reset();
  f->defaults.reset();
  f->kwdefaults.reset();
  f->closure.reset();
  f->annotations.reset();
}

static void fn_traverse(Object* o, Visitor& v) {
  auto* f = static_cast<FunctionObject*>(o);
  v(f->code);
  v(f->globals);
  v(f->builtins);
  v(f->name);
  v(f->qualname);
  v(f->module);
  v(f->doc);
  v(f->defaults);
  v(f->kwdefaults);
  v(f->closure);
  v(f->annotations);
}

static void fn_clear(Object* o) {
  auto* f = static_cast<FunctionObject*>(o);
  f->defaults.reset();
  f->kwdefaults.reset();
  f->closure.reset();
  f->annotations.reset();
  f->globals.reset();
  f->module.reset();
  f->doc.reset();
}

static Value fn_repr(Runtime& rt, const Value& self) {
  // A module-level function of a frozen module that CPython writes in C (its code is kCoNative:
  // operator.add, functools.reduce, heapq.heappush, decimal.getcontext...) reads as a builtin.
  FunctionObject* f = as_function(self);
  if (f->code && (as_code(f->code)->flags & kCoNative)) {
    std::string_view q = str_view(f->qualname);
    if (q.find('.') == std::string_view::npos) return make_str(rt, "<built-in function " + std::string(q) + ">");
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, " at %#llx>", static_cast<unsigned long long>(object_id(rt, self)));
  return make_str(rt, "<function " + std::string(str_view(as_function(self)->qualname)) + buf);
}

static Value fn_get(Runtime& rt, const Value& self, const Value& obj, const Value&) {
  if (!obj) return self;
  return make_method(rt, self, obj);
}

static Value fn_call(Runtime& rt, const Value& self, CallArgs args) { return function_call(rt, self, args); }

static Value g_name(Runtime&, const Value& s) { return as_function(s)->name; }
static bool s_name(Runtime& rt, const Value& s, const Value& v) {
  if (!v || !is_str(rt, v)) {
    rt.raise(rt.t.TypeError, "__name__ must be set to a string object");
    return false;
  }
  as_function(s)->name = v;
  return true;
}
static Value g_qualname(Runtime&, const Value& s) { return as_function(s)->qualname; }
static bool s_qualname(Runtime& rt, const Value& s, const Value& v) {
  if (!v || !is_str(rt, v)) {
    rt.raise(rt.t.TypeError, "__qualname__ must be set to a string object");
    return false;
  }
  as_function(s)->qualname = v;
  return true;
}
static Value g_module(Runtime& rt, const Value& s) {
  Value m = as_function(s)->module;
  return m ? m : rt.None();
}
static bool s_module(Runtime&, const Value& s, const Value& v) {
  as_function(s)->module = v;
  return true;
}
static Value g_doc(Runtime& rt, const Value& s) {
  Value d = as_function(s)->doc;
  return d ? d : rt.None();
}
static bool s_doc(Runtime&, const Value& s, const Value& v) {
  as_function(s)->doc = v;
  return true;
}
static Value g_defaults(Runtime& rt, const Value& s) {
  Value d = as_function(s)->defaults;
  return d ? d : rt.None();
}
static bool s_defaults(Runtime& rt, const Value& s, const Value& v) {
  if (v && !rt.is_none(v) && !isinstance(rt, v, rt.t.tuple)) {
    rt.raise(rt.t.TypeError, "__defaults__ must be set to a tuple object");
    return false;
  }
  as_function(s)->defaults = (v && !rt.is_none(v)) ? v : Value();
  return true;
}
static Value g_kwdefaults(Runtime& rt, const Value& s) {
  Value d = as_function(s)->kwdefaults;
  return d ? d : rt.None();
}
static bool s_kwdefaults(Runtime& rt, const Value& s, const Value& v) {
  if (v && !rt.is_none(v) && !isinstance(rt, v, rt.t.dict)) {
    rt.raise(rt.t.TypeError, "__kwdefaults__ must be set to a dict object");
    return false;
  }
  as_function(s)->kwdefaults = (v && !rt.is_none(v)) ? v : Value();
  return true;
}
static Value g_code(Runtime&, const Value& s) { return as_function(s)->code; }
static Value g_globals(Runtime&, const Value& s) { return as_function(s)->globals; }
static Value g_builtins(Runtime&, const Value& s) { return as_function(s)->builtins; }
static Value g_closure(Runtime& rt, const Value& s) {
  Value c = as_function(s)->closure;
  return c ? c : rt.None();
}
static Value g_annotations(Runtime& rt, const Value& s) {
  FunctionObject* f = as_function(s);
  if (!f->annotations) f->annotations = new_dict(rt).value();
  return f->annotations;
}
static bool s_annotations(Runtime&, const Value& s, const Value& v) {
  as_function(s)->annotations = v;
  return true;
}

static const GetSetDef kFunctionGetSets[] = {
    {"__name__", g_name, s_name},
    {"__qualname__", g_qualname, s_qualname},
    {"__module__", g_module, s_module},
    {"__doc__", g_doc, s_doc},
    {"__defaults__", g_defaults, s_defaults},
    {"__kwdefaults__", g_kwdefaults, s_kwdefaults},
    {"__code__", g_code},
    {"__globals__", g_globals},
    {"__builtins__", g_builtins},
    {"__closure__", g_closure},
    {"__annotations__", g_annotations, s_annotations},
    {nullptr, nullptr},
};

// CPython's meth_reduce for a module's function: its name, which pickle and copy take as "a global".
static Value nf_reduce(Runtime&, const Value& self, CallArgs) { return as_function(self)->name; }
static const MethodDef kNativeFunctionMethods[] = {{"__reduce__", nf_reduce}, {nullptr, nullptr}};

void init_function_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = fn_dealloc;
  s.traverse = fn_traverse;
  s.clear = fn_clear;
  s.repr = fn_repr;
  s.descr_get = fn_get;
  s.call = fn_call;
  rt.t.function = make_builtin_type(
      rt, TypeSpec{"function", nullptr, sizeof(FunctionObject), kTypeGc | kTypeHasDict, nullptr, kFunctionGetSets}, s);
  add_instance_dict_descriptor(rt, rt.t.function);

  // builtin_function_or_method for Python code standing for a module-level C function of
  // CPython's (modules/registry.cpp retypes them): called as a function, but not a descriptor, so
  // stored as a class attribute it is not bound (`class A: f = operator.add`; A().f(1, 2) is 3).
  TypeSlots ns = s;
  ns.descr_get = nullptr;
  rt.t.native_function = make_builtin_type(
      rt, TypeSpec{"builtin_function_or_method", nullptr, sizeof(FunctionObject), kTypeGc | kTypeHasDict,
                   kNativeFunctionMethods, kFunctionGetSets},
      ns);
  add_instance_dict_descriptor(rt, rt.t.native_function);
}

// ---------------------------------------------------------------------------------------------
// Argument binding

static std::string qualname_of(FunctionObject* f) { return std::string(str_view(f->qualname)); }

// "'a', 'b' and 'c'" as CPython lists missing arguments.
static std::string name_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? (names.size() > 2 ? ", and " : " and ") : ", ";
    out += "'" + names[i] + "'";
  }
  return out;
}

static void missing_error(Runtime& rt, FunctionObject* f, const std::vector<std::string>& names, bool kwonly) {
  std::string msg = qualname_of(f) + "() missing " + std::to_string(names.size()) + " required " +
                    (kwonly ? "keyword-only" : "positional") + " argument" + (names.size() == 1 ? "" : "s") + ": " +
                    name_list(names);
  rt.raise(rt.t.TypeError, msg);
}

static void too_many_positional(Runtime& rt, FunctionObject* f, CodeObject* co, size_t given, size_t kwonly_given) {
  int64_t ndefaults = f->defaults ? as_tuple(f->defaults)->size : 0;
  int64_t argc = co->argcount;
  std::string sig;
  bool plural;
  if (ndefaults > 0) {
    sig = "from " + std::to_string(argc - ndefaults) + " to " + std::to_string(argc);
    plural = true;
  } else {
    sig = std::to_string(argc);
    plural = argc != 1;
  }
  std::string kw;
  if (kwonly_given > 0) {
    kw = " positional argument" + std::string(given != 1 ? "s" : "") + " (and " + std::to_string(kwonly_given) +
         " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
  }
  rt.raise(rt.t.TypeError, qualname_of(f) + "() takes " + sig + " positional argument" + (plural ? "s" : "") +
                               " but " + std::to_string(given) + kw +
                               (given == 1 && kwonly_given == 0 ? " was" : " were") + " given");
}

FrameObject* bind_arguments(Runtime& rt, FunctionObject* func, CallArgs a) {
  CodeObject* co = as_code(func->code);
  FrameObject* f = rt.vm ? new_call_frame(rt, *rt.vm, func, co)
                         : new_frame(rt, co, func, as_dict(func->globals), as_dict(func->builtins), Value());
  Value* locals = f->localsplus();  // all null: the slots below are filled with put()
  const size_t argcount = static_cast<size_t>(co->argcount);
  const size_t kwonly = static_cast<size_t>(co->kwonlyargcount);
  const size_t total_params = argcount + kwonly;
  const bool has_varargs = co->flags & kCoVarargs;
  const bool has_varkw = co->flags & kCoVarkeywords;
  const size_t nkw = a.nkw();
  auto fail = [&]() -> FrameObject* {
    decref(f);
    return nullptr;
  };
  // Fast path: exact positional call.
  if (nkw == 0 && a.nargs == argcount && !has_varargs && !has_varkw && kwonly == 0) {
    for (size_t i = 0; i < argcount; ++i) locals[i].put(a.args[i]);
  } else {
    Value kwdict;
    if (has_varkw) {
      kwdict = new_dict(rt).value();
      locals[total_params + (has_varargs ? 1 : 0)] = kwdict;
    }
    size_t n = std::min(a.nargs, argcount);
    for (size_t i = 0; i < n; ++i) locals[i].put(a.args[i]);
    if (has_varargs) {
      size_t extra = a.nargs > argcount ? a.nargs - argcount : 0;
      locals[total_params] = make_tuple(rt, a.args + argcount, static_cast<int64_t>(extra));
    } else if (a.nargs > argcount) {
      size_t kwonly_given = 0;
      for (size_t k = 0; k < nkw; ++k) {
        StrObject* kn = as_str((*a.kwnames)[static_cast<int64_t>(k)]);
        TupleObject* vn = as_tuple(co->varnames);
        for (size_t j = argcount; j < total_params; ++j) {
          if (str_equal(as_str((*vn)[static_cast<int64_t>(j)]), kn)) ++kwonly_given;
        }
      }
      too_many_positional(rt, func, co, a.nargs, kwonly_given);
      return fail();
    }
    // Keywords.
    TupleObject* varnames = as_tuple(co->varnames);
    std::vector<std::string> posonly_as_kw;
    for (size_t k = 0; k < nkw; ++k) {
      const Value& key = (*a.kwnames)[static_cast<int64_t>(k)];
      const Value& val = a.kwvalues()[k];
      if (!is_str(rt, key)) {
        rt.raise(rt.t.TypeError, qualname_of(func) + "() keywords must be strings");
        return fail();
      }
      StrObject* ks = as_str(key);
      size_t j = static_cast<size_t>(co->posonlyargcount);
      bool found = false;
      // As CPython's _PyEval_MakeFrameVector: a pass comparing identities (names are interned)
      // before one comparing strings.
      for (; j < total_params; ++j) {
        if (as_str((*varnames)[static_cast<int64_t>(j)]) == ks) {
          found = true;
          break;
        }
      }
      if (!found) {
        for (j = static_cast<size_t>(co->posonlyargcount); j < total_params; ++j) {
          if (str_equal(as_str((*varnames)[static_cast<int64_t>(j)]), ks)) {
            found = true;
            break;
          }
        }
      }
      if (!found) {
        bool posonly = false;
        for (size_t p = 0; p < static_cast<size_t>(co->posonlyargcount); ++p) {
          if (str_equal(as_str((*varnames)[static_cast<int64_t>(p)]), ks)) posonly = true;
        }
        if (has_varkw) {
          if (!dict_set(rt, as_dict(kwdict), key, val)) return fail();
          continue;
        }
        if (posonly) {
          posonly_as_kw.emplace_back(ks->view());
          continue;
        }
        rt.raise(rt.t.TypeError, qualname_of(func) + "() got an unexpected keyword argument '" +
                                     std::string(ks->view()) + "'");
        return fail();
      }
      if (locals[j]) {
        rt.raise(rt.t.TypeError, qualname_of(func) + "() got multiple values for argument '" +
                                     std::string(ks->view()) + "'");
        return fail();
      }
      locals[j] = val;
    }
    if (!posonly_as_kw.empty()) {
      std::string names;
      // CPython quotes the joined list as a whole: 'a, b'.
      for (size_t i = 0; i < posonly_as_kw.size(); ++i) names += (i ? ", " : "") + posonly_as_kw[i];
      rt.raise(rt.t.TypeError, qualname_of(func) + "() got some positional-only arguments passed as keyword "
                                                   "arguments: '" + names + "'");
      return fail();
    }
    // Defaults for missing positional parameters.
    if (a.nargs < argcount) {
      int64_t ndef = func->defaults ? as_tuple(func->defaults)->size : 0;
      size_t first_default = argcount - static_cast<size_t>(ndef);
      std::vector<std::string> missing;
      for (size_t i = a.nargs; i < argcount; ++i) {
        if (locals[i]) continue;
        if (i >= first_default) {
          locals[i] = (*as_tuple(func->defaults))[static_cast<int64_t>(i - first_default)];
        } else {
          missing.emplace_back(str_view((*varnames)[static_cast<int64_t>(i)]));
        }
      }
      if (!missing.empty()) {
        missing_error(rt, func, missing, false);
        return fail();
      }
    }
    // Keyword-only defaults.
    if (kwonly > 0) {
      std::vector<std::string> missing;
      for (size_t i = argcount; i < total_params; ++i) {
        if (locals[i]) continue;
        const Value& name = (*varnames)[static_cast<int64_t>(i)];
        Value d = func->kwdefaults ? dict_get_str(as_dict(func->kwdefaults), as_str(name)) : Value();
        if (d) locals[i] = d;
        else missing.emplace_back(str_view(name));
      }
      if (!missing.empty()) {
        missing_error(rt, func, missing, true);
        return fail();
      }
    }
  }
  // Cells: fresh cells (starting with the argument they shadow), then the closure's cells.
  int32_t nl = co->nlocals;
  for (int32_t i = 0; i < co->ncells; ++i) {
    int32_t arg = co->cell2arg[static_cast<size_t>(i)];
    Value init;
    if (arg >= 0) init = std::move(locals[arg]);
    locals[nl + i] = make_cell(rt, std::move(init));
  }
  if (co->nfrees > 0) {
    TupleObject* cl = as_tuple(func->closure);
    for (int32_t i = 0; i < co->nfrees; ++i) locals[nl + co->ncells + i].put((*cl)[i]);
  }
  return f;
}

}  // namespace ls
