// The type system: creating built-in and program-defined classes, C3 MRO, attribute lookup with
// a per-runtime method cache, slot trampolines for dunder methods, instantiation, super().
#pragma once

#include "object/native.hpp"
#include "object/runtime.hpp"

namespace ls {

void bootstrap_type_system(Runtime& rt);  // creates `type` and `object`
void finish_bootstrap(Runtime& rt);       // fills dicts/mro once str, dict and tuple exist
void teardown(Runtime& rt);

// class Name(bases...): body — with `ns` the executed class body. `kwargs` are the class keywords
// (besides metaclass) passed on to __init_subclass__. Returns the new class.
Value make_class(Runtime& rt, const Value& meta, const Value& name, const Value& bases,
                 const Value& ns, const Value& kwargs);
// The metaclass to use for `bases` (and an explicit one, or null). Null on error.
Value calculate_metaclass(Runtime& rt, const Value& explicit_meta, const Value& bases);
// type.__call__: T(*args, **kw).
Value type_call(Runtime& rt, const Value& type, CallArgs args);
// object.__new__(type): a fresh instance with an empty prefix dict.
Value object_new_instance(Runtime& rt, TypeObject* type);

// Must be called whenever a type's dict (or MRO) changes: invalidates cached lookups of it and
// its subclasses, and re-derives its slots when a dunder changed.
void type_modified(Runtime& rt, TypeObject* type);
void update_slot(Runtime& rt, TypeObject* type, StrObject* name);
// Recomputes all slots of a program-defined type from its MRO.
void fixup_slots(Runtime& rt, TypeObject* type);
Value type_repr(Runtime& rt, const Value& v);
// Full "module.qualname" or just the qualname for builtins.
std::string type_full_name(const TypeObject* t);
// __name__: `name`, without its module prefix for a built-in type (CPython's type_name: the part of
// tp_name after the last dot unless the type is a heap type).
std::string_view type_short_name(const TypeObject* t);
// Gives a class defined by a module of core/modules/py/ the naming of a C type of CPython: tp_name
// "module.Name" (shown by error messages and repr), __name__/__qualname__ "Name", __module__ "module".
void set_builtin_type_name(Runtime& rt, TypeObject* t, std::string_view tp_name);

// bound method
struct MethodObject : Object {
  Value func;
  Value self;
};
Value make_method(Runtime& rt, const Value& func, const Value& self);
// A slot wrapper bound to an instance (type method-wrapper).
Value make_method_wrapper(Runtime& rt, const Value& func, const Value& self);

// classmethod / staticmethod / property / super objects.
struct ClassMethodObject : Object { Value callable; Value dict; };
struct PropertyObject : Object { Value fget, fset, fdel, doc; Value name; };
struct SuperObject : Object { TypeObject* type; Value obj; TypeObject* obj_type; };
Value make_super(Runtime& rt, TypeObject* type, const Value& obj);
// member_descriptor for one name of `owner`'s __slots__. `offset` > 0: the value lives in the
// instance at that byte offset from its header (a Value, null when unset); 0: in the instance's
// hidden prefix dict (slots on top of a built-in with variable-size instances).
Value make_member_descriptor(Runtime& rt, TypeObject* owner, const Value& name, uint32_t offset);
// The inline offset of a member descriptor when it applies to instances of `tp` (0 otherwise:
// not a member descriptor, stored in the dict, or `tp` is not a subclass of its owner).
uint32_t member_inline_offset(Runtime& rt, const Value& descr, TypeObject* tp);
// For the VM's inline instantiation: the function object (borrowed) that `tp`'s init slot calls
// when that slot is the one of a class defining a plain Python __init__, else null.
Object* type_python_init(Runtime& rt, TypeObject* tp);
// For the VM's inline calls of an instance: the function object (borrowed) that `tp`'s call slot
// calls with the instance first when that slot is the one of a class defining a plain Python
// __call__, else null.
Object* type_python_call(Runtime& rt, TypeObject* tp);
// Does `tp` create its instances with a Python __new__ (CPython's slot_tp_new)?
bool type_has_python_new(const TypeObject* tp);
// For the VM's inline binary operators: the plain Python function (borrowed) that `a OP b`
// (`a OP= b` when `inplace`) comes down to when both operands are instances of `tp` -- its
// __add__..., with no __iadd__... in the way -- else null. Its result, NotImplemented included,
// is then exactly the operation's (for one type, no reflected method is tried).
Object* type_python_binop(Runtime& rt, TypeObject* tp, BinOp op, bool inplace);

// types.GenericAlias: `list[int]`, `dict[str, int]` (annotations evaluated at run time).
Value make_generic_alias(Runtime& rt, const Value& origin, const Value& args);
// `a | b` for types, None, generic aliases and unions (types.UnionType); NotImplemented otherwise.
Value make_union(Runtime& rt, const Value& a, const Value& b);

}  // namespace ls
