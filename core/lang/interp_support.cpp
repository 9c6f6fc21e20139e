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
  bool has_fromlist = fromlist && !rt.is_none(fromlist) && as_tuple(fromlist)->size > 0;
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
      // A naked exception: wrap it in a group with its traceback.
      Value wrapped = new_exception_group(rt, "", make_tuple(rt, {exc}));
      if (!wrapped) return false;
      as_exc(wrapped)->traceback = as_exc(exc)->traceback;
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

static bool same_metadata(Runtime& rt, const Value& a, const Value& b) {
  ExceptionObject* x = as_exc(a);
  ExceptionObject* y = as_exc(b);
  Value na = getattr_opt(rt, a, rt.n.__notes__);
  Value nb = getattr_opt(rt, b, rt.n.__notes__);
  rt.clear_error();
  return na.is(nb) && x->traceback.is(y->traceback) && x->cause.is(y->cause) && x->context.is(y->context);
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

}  // namespace ls
