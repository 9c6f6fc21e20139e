// _contextvars: ContextVar, Token, Context, copy_context() — CPython 3.11's Python/context.c.
//
// A Context maps ContextVars to values. CPython keeps an immutable HAMT per context; here a
// Context holds a dict that several contexts may share (copy_context() shares it) and that is
// copied before a write when shared (its reference count says so), which gives the same
// snapshot semantics. The contexts of a run live in its Runtime (see contextvars.hpp).
#include "modules/contextvars.hpp"

#include <memory>

#include "object/class.hpp"
#include "object/container_util.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/util.hpp"

namespace ls {

namespace {

struct ContextObject : Object {
  Value vars;   // dict ContextVar -> value; shared between copies until one of them writes
  Value prev;   // the context that was current when this one was entered
  bool entered;
};

struct ContextVarObject : Object {
  Value name;
  Value default_;  // null: no default
};

struct TokenObject : Object {
  Value ctx;
  Value var;
  Value old;  // null: Token.MISSING (the variable had no value)
  bool used;
};

struct ContextVarsState {
  TypeObject* context_type = nullptr;
  TypeObject* var_type = nullptr;
  TypeObject* token_type = nullptr;
  TypeObject* missing_type = nullptr;
  Value missing;  // Token.MISSING
  Value root;     // the run's first context
  Value current;  // the context the code runs in
  void** hot = nullptr;  // its Runtime::hot slot
  ~ContextVarsState();
};

constexpr const char* kStateKey = "_contextvars";

ContextVarsState::~ContextVarsState() {
  // The contexts first: their destruction may still ask for the state.
  current = Value();
  root = Value();
  missing = Value();
  if (hot) *hot = nullptr;
}

// Each call_soon, task step and handle run asks whether contextvars are in use: Runtime::hot
// answers without module_state's string lookup. Filled by state(), which creates the state.
ContextVarsState* state_if_any(Runtime& rt) {
  return static_cast<ContextVarsState*>(rt.hot_slot(Runtime::HotSlot::ContextVars));
}

ContextVarsState& state(Runtime& rt);

ContextObject* as_ctx(const Value& v) { return static_cast<ContextObject*>(v.obj()); }
ContextVarObject* as_var(const Value& v) { return static_cast<ContextVarObject*>(v.obj()); }
TokenObject* as_token(const Value& v) { return static_cast<TokenObject*>(v.obj()); }

Value new_context(Runtime& rt, Value vars) {
  ContextVarsState& st = state(rt);
  auto* c = alloc<ContextObject>(rt, st.context_type);
  c->vars = vars ? std::move(vars) : new_dict(rt).value();
  c->entered = false;
  gc_track(rt, c);
  return Value::steal(c);
}

// The dict of `c`, made its own before a write.
DictObject* writable_vars(Runtime& rt, ContextObject* c) {
  if (c->vars.obj()->refcnt > 1) c->vars = dict_copy(rt, as_dict(c->vars));
  return as_dict(c->vars);
}

ContextObject* current_ctx(Runtime& rt) { return as_ctx(state(rt).current); }

bool is_var(Runtime& rt, const Value& v) { return v.is_obj() && v.type(rt) == state(rt).var_type; }

// --- ContextVar ------------------------------------------------------------------------------

Value var_new(Runtime& rt, TypeObject*, CallArgs a) {
  Value args[2];
  // PyArg_ParseTupleAndKeywords "O|$O:ContextVar"
  if (a.nargs > 1) {
    return rt.raise(rt.t.TypeError,
                    "ContextVar() takes at most 1 positional argument (" + std::to_string(a.nargs) + " given)");
  }
  if (!parse_args(rt, a, "ContextVar", {"name", "default"}, 0, args, 1)) return nullptr;
  if (!args[0]) return rt.raise(rt.t.TypeError, "ContextVar() takes exactly 1 positional argument (0 given)");
  if (!is_str(rt, args[0])) return rt.raise(rt.t.TypeError, "context variable name must be a str");
  auto* v = alloc<ContextVarObject>(rt, state(rt).var_type);
  v->name = args[0];
  v->default_ = args[1];
  gc_track(rt, v);
  return Value::steal(v);
}

void var_dealloc(Object* o) {
  auto* v = static_cast<ContextVarObject*>(o);
  v->name.reset();
  v->default_.reset();
}
void var_traverse(Object* o, Visitor& vis) {
  auto* v = static_cast<ContextVarObject*>(o);
  vis(v->name);
  vis(v->default_);
}

Value var_repr(Runtime& rt, const Value& self) {
  ContextVarObject* v = as_var(self);
  std::string out = "<ContextVar name=";
  std::string s;
  if (!repr_string(rt, v->name, &s)) return nullptr;
  out += s;
  if (v->default_) {
    if (!repr_string(rt, v->default_, &s)) return nullptr;
    out += " default=" + s;
  }
  return make_str(rt, out + " at " + hex_id(rt, self) + ">");
}

// The value of `var` in the current context, or null (no error) when it has none.
Value var_lookup(Runtime& rt, const Value& var) {
  Value r = dict_get(rt, as_dict(current_ctx(rt)->vars), var);
  return r;
}

Value var_get(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nkw()) return rt.raise(rt.t.TypeError, "get() takes no keyword arguments");
  if (a.nargs > 1) return rt.raise(rt.t.TypeError, "get expected at most 1 argument, got " + std::to_string(a.nargs));
  Value r = var_lookup(rt, self);
  if (r) return r;
  if (rt.has_error()) return nullptr;
  if (a.nargs == 1) return a[0];
  if (as_var(self)->default_) return as_var(self)->default_;
  rt.set_error(new_exception(rt, rt.t.LookupError, {self}));
  return nullptr;
}

Value var_set_value(Runtime& rt, const Value& self, const Value& value) {
  ContextVarsState& st = state(rt);
  ContextObject* c = current_ctx(rt);
  Value old = dict_get(rt, as_dict(c->vars), self);
  if (!old && rt.has_error()) return nullptr;
  auto* t = alloc<TokenObject>(rt, st.token_type);
  t->ctx = st.current;
  t->var = self;
  t->old = std::move(old);
  t->used = false;
  gc_track(rt, t);
  Value token = Value::steal(t);
  if (!dict_set(rt, writable_vars(rt, c), self, value)) return nullptr;
  return token;
}

Value var_set(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nkw() || a.nargs != 1) {
    if (a.nkw()) return rt.raise(rt.t.TypeError, "ContextVar.set() takes no keyword arguments");
    return rt.raise(rt.t.TypeError,
                    "ContextVar.set() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  }
  return var_set_value(rt, self, a[0]);
}

Value token_repr(Runtime& rt, const Value& self);

Value var_reset(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nkw() || a.nargs != 1) {
    if (a.nkw()) return rt.raise(rt.t.TypeError, "ContextVar.reset() takes no keyword arguments");
    return rt.raise(rt.t.TypeError,
                    "ContextVar.reset() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  }
  ContextVarsState& st = state(rt);
  const Value& tv = a[0];
  if (!tv.is_obj() || tv.type(rt) != st.token_type) {
    std::string s;
    if (!repr_string(rt, tv, &s)) return nullptr;
    return rt.raise(rt.t.TypeError, "expected an instance of Token, got " + s);
  }
  TokenObject* t = as_token(tv);
  auto fail = [&](TypeObject* type, const char* what) -> Value {
    Value r = token_repr(rt, tv);
    if (!r) return nullptr;
    return rt.raise(type, std::string(str_view(r)) + what);
  };
  if (t->used) return fail(rt.t.RuntimeError, " has already been used once");
  if (t->var.obj() != self.obj()) return fail(rt.t.ValueError, " was created by a different ContextVar");
  if (t->ctx.obj() != st.current.obj()) return fail(rt.t.ValueError, " was created in a different Context");
  t->used = true;
  ContextObject* c = current_ctx(rt);
  if (t->old) {
    if (!dict_set(rt, writable_vars(rt, c), self, t->old)) return nullptr;
    return rt.None();
  }
  int r = dict_contains(rt, as_dict(c->vars), self);
  if (r < 0) return nullptr;
  if (r == 0) {
    rt.set_error(new_exception(rt, rt.t.LookupError, {self}));
    return nullptr;
  }
  if (dict_del(rt, writable_vars(rt, c), self) < 0) return nullptr;
  return rt.None();
}

Value class_getitem(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__class_getitem__", 1, 1)) return nullptr;
  return make_generic_alias(rt, self, a[0]);
}

Value var_name(Runtime&, const Value& self) { return as_var(self)->name; }
// A READONLY member in CPython: "readonly attribute".
bool readonly_set(Runtime& rt, const Value&, const Value&) {
  rt.raise(rt.t.AttributeError, "readonly attribute");
  return false;
}

const MethodDef kVarMethods[] = {
    {"get", var_get},
    {"set", var_set},
    {"reset", var_reset},
    {"__class_getitem__", class_getitem, kMethClass},
    {nullptr, nullptr},
};
const GetSetDef kVarGetSets[] = {{"name", var_name, readonly_set}, {nullptr, nullptr}};

// --- Token -------------------------------------------------------------------------------------

Value token_new(Runtime& rt, TypeObject*, CallArgs) {
  return rt.raise(rt.t.RuntimeError, "Tokens can only be created by ContextVars");
}

void token_dealloc(Object* o) {
  auto* t = static_cast<TokenObject*>(o);
  t->ctx.reset();
  t->var.reset();
  t->old.reset();
}
void token_traverse(Object* o, Visitor& vis) {
  auto* t = static_cast<TokenObject*>(o);
  vis(t->ctx);
  vis(t->var);
  vis(t->old);
}

Value token_repr(Runtime& rt, const Value& self) {
  TokenObject* t = as_token(self);
  std::string v;
  if (!repr_string(rt, t->var, &v)) return nullptr;
  return make_str(rt, std::string("<Token") + (t->used ? " used" : "") + " var=" + v + " at " + hex_id(rt, self) + ">");
}

Value token_var(Runtime&, const Value& self) { return as_token(self)->var; }
Value token_old_value(Runtime& rt, const Value& self) {
  Value o = as_token(self)->old;
  return o ? o : state(rt).missing;
}

const MethodDef kTokenMethods[] = {
    {"__class_getitem__", class_getitem, kMethClass},
    {nullptr, nullptr},
};
// Getters in CPython: the message names the type with its module.
bool token_var_set(Runtime& rt, const Value&, const Value&) {
  rt.raise(rt.t.AttributeError, "attribute 'var' of '_contextvars.Token' objects is not writable");
  return false;
}
bool token_old_value_set(Runtime& rt, const Value&, const Value&) {
  rt.raise(rt.t.AttributeError, "attribute 'old_value' of '_contextvars.Token' objects is not writable");
  return false;
}
const GetSetDef kTokenGetSets[] = {
    {"var", token_var, token_var_set}, {"old_value", token_old_value, token_old_value_set}, {nullptr, nullptr}};

Value missing_repr(Runtime& rt, const Value&) { return make_str(rt, "<Token.MISSING>"); }

// --- Context -----------------------------------------------------------------------------------

Value ctx_new(Runtime& rt, TypeObject*, CallArgs a) {
  if (a.nargs || a.nkw()) return rt.raise(rt.t.TypeError, "Context() does not accept any arguments");
  return new_context(rt, Value());
}

bool ctx_hash(Runtime& rt, const Value&, int64_t*) {
  rt.raise(rt.t.TypeError, "unhashable type: '_contextvars.Context'");
  return false;
}

void ctx_dealloc(Object* o) {
  auto* c = static_cast<ContextObject*>(o);
  c->vars.reset();
  c->prev.reset();
}
void ctx_traverse(Object* o, Visitor& vis) {
  auto* c = static_cast<ContextObject*>(o);
  vis(c->vars);
  vis(c->prev);
}

bool check_key(Runtime& rt, const Value& key) {
  if (is_var(rt, key)) return true;
  std::string s;
  if (!repr_string(rt, key, &s)) return false;
  rt.raise(rt.t.TypeError, "a ContextVar key was expected, got " + s);
  return false;
}

Value ctx_getitem(Runtime& rt, const Value& self, const Value& key) {
  if (!check_key(rt, key)) return nullptr;
  Value r = dict_get(rt, as_dict(as_ctx(self)->vars), key);
  if (r || rt.has_error()) return r;
  rt.set_error(new_exception(rt, rt.t.KeyError, {key}));
  return nullptr;
}

int ctx_contains(Runtime& rt, const Value& self, const Value& key) {
  if (!check_key(rt, key)) return -1;
  return dict_contains(rt, as_dict(as_ctx(self)->vars), key);
}

int64_t ctx_len(Runtime&, const Value& self) { return as_dict(as_ctx(self)->vars)->used; }

Value ctx_iter(Runtime& rt, const Value& self) { return iter(rt, as_ctx(self)->vars); }

Value ctx_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  ContextVarsState& st = state(rt);
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !b.is_obj() || b.type(rt) != st.context_type) return rt.NotImplemented();
  int eq = a.obj() == b.obj() ? 1 : rich_compare_bool(rt, as_ctx(a)->vars, as_ctx(b)->vars, CmpOp::Eq);
  if (eq < 0) return nullptr;
  return rt.Bool((eq == 1) == (op == CmpOp::Eq));
}

Value ctx_run(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nargs < 1) return rt.raise(rt.t.TypeError, "run() missing 1 required positional argument");
  if (!context_enter(rt, self)) return nullptr;
  Value r = call(rt, a[0], CallArgs{a.args + 1, a.nargs - 1, a.kwnames});
  context_exit(rt, self);
  return r;
}

Value ctx_copy(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "copy", 0, 0)) return nullptr;
  return new_context(rt, as_ctx(self)->vars);
}

Value ctx_get(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  if (!parse_clinic_args(rt, a, "get", {"", ""}, 1, args, 2)) return nullptr;
  if (!check_key(rt, args[0])) return nullptr;
  Value r = dict_get(rt, as_dict(as_ctx(self)->vars), args[0]);
  if (r || rt.has_error()) return r;
  return args[1] ? args[1] : rt.None();
}

// keys()/values()/items(): lists of the snapshot (CPython returns HAMT views).
Value ctx_listing(Runtime& rt, const Value& self, CallArgs a, const char* name, int what) {
  if (!check_nargs(rt, a, name, 0, 0)) return nullptr;
  DictObject* d = as_dict(as_ctx(self)->vars);
  Ref<ListObject> l = new_list(rt);
  DictEntry* e;
  for (int64_t i = 0; dict_next(d, &i, &e);) {
    if (what == 0) list_append(rt, l.get(), e->key);
    else if (what == 1) list_append(rt, l.get(), e->value);
    else list_append(rt, l.get(), make_tuple(rt, {e->key, e->value}));
  }
  return std::move(l).value();
}
Value ctx_keys(Runtime& rt, const Value& self, CallArgs a) { return ctx_listing(rt, self, a, "keys", 0); }
Value ctx_values(Runtime& rt, const Value& self, CallArgs a) { return ctx_listing(rt, self, a, "values", 1); }
Value ctx_items(Runtime& rt, const Value& self, CallArgs a) { return ctx_listing(rt, self, a, "items", 2); }

const MethodDef kCtxMethods[] = {
    {"run", ctx_run},   {"copy", ctx_copy},     {"get", ctx_get},   {"keys", ctx_keys},
    {"values", ctx_values}, {"items", ctx_items}, {nullptr, nullptr},
};

ContextVarsState& state(Runtime& rt) {
  if (ContextVarsState* st = state_if_any(rt)) return *st;
  auto owned = std::make_shared<ContextVarsState>();
  ContextVarsState* st = owned.get();
  rt.module_state[kStateKey] = owned;
  st->hot = &rt.hot_slot(Runtime::HotSlot::ContextVars);
  *st->hot = st;
  {
    TypeSlots s;
    s.dealloc = ctx_dealloc;
    s.traverse = ctx_traverse;
    s.clear = ctx_dealloc;
    s.new_ = ctx_new;
    s.hash = ctx_hash;
    s.compare = ctx_compare;
    s.getitem = ctx_getitem;
    s.contains = ctx_contains;
    s.len = ctx_len;
    s.iter = ctx_iter;
    st->context_type = make_builtin_type(
        rt, TypeSpec{"Context", nullptr, sizeof(ContextObject), kTypeGc, kCtxMethods, nullptr, "_contextvars"}, s);
    add_slot_wrappers(rt, st->context_type);
  }
  {
    TypeSlots s;
    s.dealloc = var_dealloc;
    s.traverse = var_traverse;
    s.clear = var_dealloc;
    s.new_ = var_new;
    s.repr = var_repr;
    st->var_type = make_builtin_type(rt,
                                     TypeSpec{"ContextVar", nullptr, sizeof(ContextVarObject), kTypeGc, kVarMethods,
                                              kVarGetSets, "_contextvars"},
                                     s);
    add_slot_wrappers(rt, st->var_type);
  }
  {
    TypeSlots s;
    s.dealloc = token_dealloc;
    s.traverse = token_traverse;
    s.clear = token_dealloc;
    s.new_ = token_new;
    s.repr = token_repr;
    st->token_type = make_builtin_type(rt,
                                       TypeSpec{"Token", nullptr, sizeof(TokenObject), kTypeGc, kTokenMethods,
                                                kTokenGetSets, "_contextvars"},
                                       s);
    add_slot_wrappers(rt, st->token_type);
  }
  {
    TypeSlots s;
    s.dealloc = [](Object*) {};
    s.repr = missing_repr;
    st->missing_type = make_builtin_type(rt, TypeSpec{"Token.MISSING", nullptr, sizeof(Object), 0, nullptr, nullptr,
                                                      "_contextvars"},
                                         s);
    st->missing = Value::steal(alloc<Object>(rt, st->missing_type));
    set_type_attr(rt, st->token_type, "MISSING", st->missing);
  }
  st->root = new_context(rt, Value());
  st->current = st->root;
  return *st;
}

Value copy_context_fn(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "copy_context", 0, 0)) return nullptr;
  return context_copy_current(rt);
}

}  // namespace

bool contextvars_active(Runtime& rt) { return state_if_any(rt) != nullptr; }

Value context_copy_current(Runtime& rt) {
  ContextVarsState* st = state_if_any(rt);
  if (!st) return Value();
  return new_context(rt, as_ctx(st->current)->vars);
}

Value context_new_empty(Runtime& rt) { return new_context(rt, Value()); }

bool is_context(Runtime& rt, const Value& v) {
  ContextVarsState* st = state_if_any(rt);
  return st && v.is_obj() && v.type(rt) == st->context_type;
}

bool context_enter(Runtime& rt, const Value& ctx) {
  ContextVarsState& st = state(rt);
  ContextObject* c = as_ctx(ctx);
  if (c->entered) {
    std::string s;
    if (!repr_string(rt, ctx, &s)) return false;
    rt.raise(rt.t.RuntimeError, "cannot enter context: " + s + " is already entered");
    return false;
  }
  c->prev = st.current;
  c->entered = true;
  st.current = ctx;
  return true;
}

void context_exit(Runtime& rt, const Value& ctx) {
  ContextVarsState& st = state(rt);
  ContextObject* c = as_ctx(ctx);
  Value prev = std::move(c->prev);
  c->prev.reset();
  c->entered = false;
  st.current = prev ? std::move(prev) : st.root;
}

Value context_swap_current(Runtime& rt, Value ctx) {
  ContextVarsState& st = state(rt);
  Value old = std::move(st.current);
  st.current = ctx ? std::move(ctx) : st.root;
  return old;
}

Value make_contextvars_core_module(Runtime& rt) {
  ContextVarsState& st = state(rt);
  Value m = make_module(rt, "_contextvars");
  module_add(rt, m, "Context", Value::borrow(st.context_type));
  module_add(rt, m, "ContextVar", Value::borrow(st.var_type));
  module_add(rt, m, "Token", Value::borrow(st.token_type));
  module_add_function(rt, m, "copy_context", copy_context_fn);
  return m;
}

}  // namespace ls
