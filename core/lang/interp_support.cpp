// Imports, except* support and async generator value wrapping for the dispatch loop.
#include "lang/interp_support.hpp"

#include <unordered_set>

#include "lang/vm.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/int.hpp"
#include "object/native.hpp"
#include "object/set.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// Imports

Value import_name(Runtime& rt, const Value& name, const Value& fromlist, const Value& level, FrameObject*) {
  VM& vm = *rt.vm;
  if (level.is_small() && level.small_value() > 0) {
    return rt.raise(rt.t.ImportError, "attempted relative import with no known parent package");
  }
  if (!vm.import_module) return rt.raise(rt.t.ImportError, "no module registry");
  std::string full(str_view(name));
  if (full.empty()) return rt.raise(rt.t.ValueError, "Empty module name");
  // Import every package on the dotted path, first to last.
  Value top, leaf;
  size_t pos = 0;
  for (;;) {
    size_t dot = full.find('.', pos);
    std::string prefix = dot == std::string::npos ? full : full.substr(0, dot);
    Value m = vm.import_module(rt, make_str(rt, prefix));
    if (!m) return nullptr;
    if (!top) top = m;
    leaf = m;
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  // The compiler passes a tuple; __import__'s caller may pass any sequence.
  int has_fromlist = fromlist && !rt.is_none(fromlist) ? truthy(rt, fromlist) : 0;
  if (has_fromlist < 0) return nullptr;
  return has_fromlist ? leaf : top;
}

Value import_from(Runtime& rt, const Value& module, StrObject* name) {
  Value r = getattr(rt, module, name);
  if (r) return r;
  if (!rt.error_matches(rt.t.AttributeError)) return nullptr;
  rt.clear_error();
  // A submodule not yet imported: try "pkg.name".
  Value mname = getattr_opt(rt, module, rt.n.__name__);
  if (mname && is_str(rt, mname) && rt.vm->import_module) {
    std::string full = std::string(str_view(mname)) + "." + std::string(name->view());
    Value sub = rt.vm->import_module(rt, make_str(rt, full));
    if (sub) return sub;
    rt.clear_error();
  }
  std::string mn = mname && is_str(rt, mname) ? std::string(str_view(mname)) : "<unknown module name>";
  Value e = new_exception_msg(rt, rt.t.ImportError, "cannot import name '" + std::string(name->view()) + "' from '" +
                                                         mn + "' (unknown location)");
  if (e) {
    as_exc(e)->extra[0] = mname ? mname : rt.None();
    rt.set_error(std::move(e));
  }
  return nullptr;
}

bool import_star(Runtime& rt, const Value& module, FrameObject* f) {
  if (!f->locals) {
    rt.raise(rt.t.SystemError, "no locals found during 'import *'");
    return false;
  }
  Value all = getattr_opt(rt, module, rt.n.__all__);
  if (rt.has_error()) return false;
  Value dict = getattr(rt, module, rt.n.__dict__);
  if (!dict) return false;
  auto store = [&](const Value& key) -> bool {
    Value v = getattr(rt, module, as_str(key));
    if (!v) return false;
    return setitem(rt, f->locals, key, v);
  };
  if (all) {
    return for_each(rt, all, [&](Value key) { return store(key); });
  }
  DictObject* d = as_dict(dict);
  std::vector<Value> keys;
  for (int64_t pos = 0;;) {
    DictEntry* e;
    if (!dict_next(d, &pos, &e)) break;
    if (is_str(rt, e->key) && !str_view(e->key).empty() && str_view(e->key)[0] == '_') continue;
    keys.push_back(e->key);
  }
  for (const Value& k : keys)
    if (!store(k)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// except*

bool exception_group_match(Runtime& rt, const Value& exc, const Value& type, Value* match, Value* rest) {
  *match = nullptr;
  *rest = nullptr;
  if (rt.is_none(exc)) return true;
  int m = isinstance_generic(rt, exc, type);
  if (m < 0) return false;
  if (m) {
    if (isinstance(rt, exc, rt.t.BaseExceptionGroup)) {
      *match = exc;
    } else {
      // A naked exception: wrap it in a group (CPython 3.11's exception_group_match gives the
      // wrapper no traceback: `raise` in the handler re-raises it with none, and the frame that
      // raised the naked exception shows only under the sub-exception).
      Value wrapped = new_exception_group(rt, "", make_tuple(rt, {exc}));
      if (!wrapped) return false;
      *match = wrapped;
    }
    return true;
  }
  if (isinstance(rt, exc, rt.t.BaseExceptionGroup)) {
    return exception_group_split(rt, exc, type, match, rest);
  }
  return true;
}

static void collect_leaf_ids(Runtime& rt, const Value& e, std::unordered_set<Object*>& ids, int depth) {
  if (!e || rt.is_none(e) || depth > 500) return;
  if (!isinstance(rt, e, rt.t.BaseExceptionGroup)) {
    ids.insert(e.obj());
    return;
  }
  TupleObject* excs = as_tuple(as_exc(e)->extra[1]);
  for (int64_t i = 0; i < excs->size; ++i) collect_leaf_ids(rt, (*excs)[i], ids, depth + 1);
}

// CPython 3.11's is_same_exception_metadata: traceback, cause and context. (It also compares the
// C-level `notes` slots, which 3.11 never sets -- __notes__ lives in the instance dict -- so a note
// added to the matched group in an except* block leaves it "re-raised": the original group, without
// that note, is what propagates.)
static bool same_metadata(Runtime&, const Value& a, const Value& b) {
  ExceptionObject* x = as_exc(a);
  ExceptionObject* y = as_exc(b);
  return x->traceback.is(y->traceback) && x->cause.is(y->cause) && x->context.is(y->context);
}

// A native predicate `lambda e: id(e) in ids` (CPython's EXCEPTION_GROUP_MATCH_INSTANCE_IDS).
static Value leaf_id_pred(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nargs != 1) return rt.raise(rt.t.TypeError, "expected one argument");
  int r = set_contains(rt, as_set(self), make_int(rt, object_id(rt, a[0])));
  if (r < 0) return nullptr;
  return rt.Bool(r);
}

static Value make_leaf_id_predicate(Runtime& rt, const std::unordered_set<Object*>& ids) {
  Ref<SetObject> s = new_set(rt);
  std::vector<Object*> sorted(ids.begin(), ids.end());
  for (Object* o : sorted) set_add(rt, s.get(), make_int(rt, object_id(rt, Value::borrow(o))));
  return make_builtin_function(rt, "leaf_id_predicate", leaf_id_pred, std::move(s).value());
}

Value prep_reraise_star(Runtime& rt, const Value& orig, const Value& excs) {
  ListObject* l = as_list(excs);
  if (l->size == 0) return rt.None();
  if (!isinstance(rt, orig, rt.t.BaseExceptionGroup)) return l->items[0];
  Ref<ListObject> raised = new_list(rt), reraised = new_list(rt);
  for (int64_t i = 0; i < l->size; ++i) {
    const Value& e = l->items[i];
    if (rt.is_none(e)) continue;
    list_append(rt, same_metadata(rt, e, orig) ? reraised.get() : raised.get(), e);
  }
  // The re-raised leaves, in the nesting structure of the original group.
  std::unordered_set<Object*> ids;
  for (int64_t i = 0; i < reraised->size; ++i) collect_leaf_ids(rt, reraised->items[i], ids, 0);
  Value reraised_eg = rt.None();
  if (!ids.empty()) {
    Value match, rest;
    Value pred = make_leaf_id_predicate(rt, ids);
    if (!exception_group_split(rt, orig, pred, &match, &rest)) return nullptr;
    if (match) reraised_eg = match;
  }
  if (raised->size == 0) return reraised_eg;
  if (!rt.is_none(reraised_eg)) list_append(rt, raised.get(), reraised_eg);
  if (raised->size > 1) return new_exception_group(rt, "", raised.value());
  return raised->items[0];
}

// ---------------------------------------------------------------------------------------------
// Match statements

namespace {

// isinstance(subject, _collections_abc.<abc>) when that module is loaded (a class can only derive
// from or register with the ABC after importing it); 0 otherwise, -1 on error.
int abc_instance(Runtime& rt, const Value& subject, std::string_view abc) {
  if (!rt.vm->modules) return 0;
  Value mod = dict_get_str(as_dict(rt.vm->modules), rt.intern("_collections_abc"));
  if (!mod) return 0;
  Value cls = getattr_opt(rt, mod, rt.intern(abc));
  if (!cls) return rt.has_error() ? -1 : 0;
  return isinstance_generic(rt, subject, cls);
}

}  // namespace

int match_sequence(Runtime& rt, const Value& subject) {
  TypeObject* t = subject.type(rt);
  if (t->flags & (kTypeListSubclass | kTypeTupleSubclass)) return 1;
  if (t == rt.t.range) return 1;
  if (t->flags & (kTypeStrSubclass | kTypeDictSubclass)) return 0;
  if (is_subtype(t, rt.t.bytes) || is_subtype(t, rt.t.bytearray)) return 0;
  if (!(t->flags & kTypeHeapType)) return 0;
  return abc_instance(rt, subject, "Sequence");
}

int match_mapping(Runtime& rt, const Value& subject) {
  TypeObject* t = subject.type(rt);
  if (t->flags & kTypeDictSubclass) return 1;
  if (t == rt.t.mappingproxy) return 1;
  if (t->flags & (kTypeListSubclass | kTypeTupleSubclass | kTypeStrSubclass)) return 0;
  if (!(t->flags & kTypeHeapType)) return 0;
  return abc_instance(rt, subject, "Mapping");
}

Value match_keys(Runtime& rt, const Value& map, const Value& keys) {
  TupleObject* kt = as_tuple(keys);
  int64_t n = kt->size;
  if (n == 0) return make_tuple(rt, nullptr, 0);  // no keys means no items
  // map.get(key, dummy): checks for a key and gets its value at once, without creating keys in
  // dict subclasses that define __missing__ (defaultdict).
  bool exact_dict = map.type(rt) == rt.t.dict;
  Value get;
  if (!exact_dict) {
    get = getattr(rt, map, rt.intern("get"));
    if (!get) return nullptr;
  }
  Ref<SetObject> seen = new_set(rt);
  Value dummy = call(rt, Value::borrow(rt.t.object), {});
  if (!dummy) return nullptr;
  std::vector<Value> values;
  values.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    const Value& key = (*kt)[i];
    int r = set_contains(rt, seen.get(), key);
    if (r < 0) return nullptr;
    if (r) {
      std::string kr;
      if (!repr_string(rt, key, &kr)) return nullptr;
      return rt.raise(rt.t.ValueError, "mapping pattern checks duplicate key (" + kr + ")");
    }
    if (set_add(rt, seen.get(), key) < 0) return nullptr;
    Value v;
    if (exact_dict) {
      v = dict_get(rt, as_dict(map), key);
      if (!v) {
        if (rt.has_error()) return nullptr;
        v = dummy;
      }
    } else {
      v = call(rt, get, {key, dummy});
      if (!v) return nullptr;
    }
    if (v.is(dummy)) return rt.None();  // key not in map
    values.push_back(std::move(v));
  }
  return make_tuple(rt, values.data(), n);
}

namespace {

// One attribute of a class pattern: null without an error when the subject lacks it.
Value match_class_attr(Runtime& rt, const Value& subject, TypeObject* type, const Value& name, SetObject* seen) {
  int r = set_contains(rt, seen, name);
  if (r < 0) return nullptr;
  if (r) {
    std::string nr;
    if (!repr_string(rt, name, &nr)) return nullptr;
    return rt.raise(rt.t.TypeError, type->name + "() got multiple sub-patterns for attribute " + nr);
  }
  if (set_add(rt, seen, name) < 0) return nullptr;
  Value attr = getattr(rt, subject, static_cast<StrObject*>(name.obj()));
  if (!attr && rt.error_matches(rt.t.AttributeError)) rt.clear_error();
  return attr;
}

// Types whose instances match a single positional sub-pattern against themselves
// (_Py_TPFLAGS_MATCH_SELF, inherited by subclasses), unless they define __match_args__.
bool match_self(Runtime& rt, TypeObject* t) {
  for (TypeObject* s : {rt.t.bool_, rt.t.bytearray, rt.t.bytes, rt.t.dict, rt.t.float_, rt.t.frozenset, rt.t.int_,
                        rt.t.list, rt.t.set, rt.t.str, rt.t.tuple}) {
    if (is_subtype(t, s)) return true;
  }
  return false;
}

}  // namespace

Value match_class(Runtime& rt, const Value& subject, const Value& type, int64_t nargs, const Value& kwnames) {
  if (!isinstance(rt, type, rt.t.type)) return rt.raise(rt.t.TypeError, "called match pattern must be a type");
  TypeObject* t = static_cast<TypeObject*>(type.obj());
  // First, an isinstance check:
  int inst = isinstance_generic(rt, subject, type);
  if (inst < 0) return nullptr;
  if (!inst) return rt.None();
  Ref<SetObject> seen = new_set(rt);
  std::vector<Value> attrs;
  // First, the positional subpatterns:
  if (nargs) {
    bool self = false;
    Value match_args = getattr(rt, type, rt.intern("__match_args__"));
    if (match_args) {
      if (match_args.type(rt) != rt.t.tuple) {
        return rt.raise(rt.t.TypeError,
                        t->name + ".__match_args__ must be a tuple (got " + type_name(rt, match_args) + ")");
      }
    } else if (rt.error_matches(rt.t.AttributeError)) {
      rt.clear_error();
      // The match-self behaviour only applies when the type does not define __match_args__.
      match_args = make_tuple(rt, nullptr, 0);
      self = match_self(rt, t);
    } else {
      return nullptr;
    }
    TupleObject* ma = as_tuple(match_args);
    int64_t allowed = self ? 1 : ma->size;
    if (allowed < nargs) {
      return rt.raise(rt.t.TypeError, t->name + "() accepts " + std::to_string(allowed) + " positional sub-pattern" +
                                          (allowed == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
    }
    if (self) {
      // Easy. Copy the subject itself, and move on to kwargs.
      attrs.push_back(subject);
    } else {
      for (int64_t i = 0; i < nargs; ++i) {
        Value name = (*ma)[i];
        if (name.type(rt) != rt.t.str) {
          return rt.raise(rt.t.TypeError,
                          "__match_args__ elements must be strings (got " + type_name(rt, name) + ")");
        }
        Value attr = match_class_attr(rt, subject, t, name, seen.get());
        if (!attr) return rt.has_error() ? nullptr : rt.None();
        attrs.push_back(std::move(attr));
      }
    }
  }
  // Finally, the keyword subpatterns:
  TupleObject* kw = as_tuple(kwnames);
  for (int64_t i = 0; i < kw->size; ++i) {
    Value attr = match_class_attr(rt, subject, t, (*kw)[i], seen.get());
    if (!attr) return rt.has_error() ? nullptr : rt.None();
    attrs.push_back(std::move(attr));
  }
  return make_tuple(rt, attrs.data(), static_cast<int64_t>(attrs.size()));
}

}  // namespace ls
