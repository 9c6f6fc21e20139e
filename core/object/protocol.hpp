// The abstract object API (CPython's object.c/abstract.c): what any value can be asked to do.
// Every function reports failure with its sentinel (null Value, false, -1) and a pending
// exception in rt.exc.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "object/runtime.hpp"

namespace ls {

// --- identity and type ------------------------------------------------------------------------
bool is_subtype(const TypeObject* a, const TypeObject* b);  // a is b or derives from b
inline bool isinstance(const Runtime& rt, const Value& v, const TypeObject* t) {
  return is_subtype(v.type(rt), t);
}
// isinstance(obj, cls) with tuples of classes and __instancecheck__; -1 on error.
int isinstance_generic(Runtime& rt, const Value& obj, const Value& cls);
int issubclass_generic(Runtime& rt, const Value& derived, const Value& cls);
const std::string& type_name(const Runtime& rt, const Value& v);
int64_t object_id(Runtime& rt, const Value& v);

// --- text -------------------------------------------------------------------------------------
Value repr(Runtime& rt, const Value& v);   // a str
Value str(Runtime& rt, const Value& v);    // a str
Value ascii(Runtime& rt, const Value& v);
Value format(Runtime& rt, const Value& v, const Value& spec);  // format(v, spec)
// Convenience: std::string of repr/str; on error returns false.
bool repr_string(Runtime& rt, const Value& v, std::string* out);
bool str_string(Runtime& rt, const Value& v, std::string* out);
// Default repr "<mod.Type object at 0x...>".
Value default_repr(Runtime& rt, const Value& v);

// --- hashing and comparison -------------------------------------------------------------------
bool hash(Runtime& rt, const Value& v, int64_t* out);
Value rich_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op);
int rich_compare_bool(Runtime& rt, const Value& a, const Value& b, CmpOp op);  // identity shortcut for Eq/Ne
int equal(Runtime& rt, const Value& a, const Value& b);  // a is b or a == b
int truthy(Runtime& rt, const Value& v);

// --- attributes -------------------------------------------------------------------------------
Value getattr(Runtime& rt, const Value& obj, StrObject* name);
Value getattr(Runtime& rt, const Value& obj, std::string_view name);
// Like getattr but returns null *without* an error when the attribute is missing.
Value getattr_opt(Runtime& rt, const Value& obj, StrObject* name);
bool setattr(Runtime& rt, const Value& obj, StrObject* name, const Value& v);
bool delattr(Runtime& rt, const Value& obj, StrObject* name);
int hasattr(Runtime& rt, const Value& obj, StrObject* name);
// The object/type default lookups (object.__getattribute__ / object.__setattr__).
Value generic_getattr(Runtime& rt, const Value& obj, StrObject* name);
bool generic_setattr(Runtime& rt, const Value& obj, StrObject* name, const Value& v);
// Looks `name` up along type's MRO (no descriptors invoked). Borrowed; null if absent.
Object* type_lookup(TypeObject* type, StrObject* name);
// The same lookup as an owned Value (null when absent): use it where the attribute may be a
// plain class attribute (a small int has no Object*; type_lookup boxes it).
Value type_lookup_value(TypeObject* type, StrObject* name);
Value raise_attribute_error(Runtime& rt, const Value& obj, StrObject* name);

// --- calls ------------------------------------------------------------------------------------
Value call(Runtime& rt, const Value& fn, CallArgs args);
Value call(Runtime& rt, const Value& fn, std::initializer_list<Value> args);
Value call_kw(Runtime& rt, const Value& fn, const Value& args_tuple, const Value& kwargs_dict);
Value call_method(Runtime& rt, const Value& obj, StrObject* name, std::initializer_list<Value> args);
int callable(Runtime& rt, const Value& v);

// --- iteration --------------------------------------------------------------------------------
Value iter(Runtime& rt, const Value& v);
// Next item: a value; null without error when exhausted; null with error on failure.
Value next(Runtime& rt, const Value& it);

// --- numbers ----------------------------------------------------------------------------------
Value binary_op(Runtime& rt, const Value& a, const Value& b, BinOp op);
Value inplace_op(Runtime& rt, const Value& a, const Value& b, BinOp op);
// The TypeError of `a OP b` (`a OP= b` when `inplace`) that no operand supports.
Value binop_type_error(Runtime& rt, const Value& a, const Value& b, BinOp op, bool inplace);
Value unary_op(Runtime& rt, const Value& a, UnOp op);
// (a // b, a % b) for numbers (int.__divmod__ / float.__divmod__).
Value number_divmod(Runtime& rt, const Value& a, const Value& b);
Value power3(Runtime& rt, const Value& a, const Value& b, const Value& mod);
const char* binop_symbol(BinOp op);
// __index__: an int (small or IntObject). TypeError "'x' object cannot be interpreted as an integer".
Value index(Runtime& rt, const Value& v);
// Converts an index-able value to int64: false with OverflowError/TypeError on failure.
bool index_int64(Runtime& rt, const Value& v, int64_t* out);

// --- containers -------------------------------------------------------------------------------
Value getitem(Runtime& rt, const Value& obj, const Value& key);
bool setitem(Runtime& rt, const Value& obj, const Value& key, const Value& v);
bool delitem(Runtime& rt, const Value& obj, const Value& key);
int contains(Runtime& rt, const Value& container, const Value& item);
int64_t length(Runtime& rt, const Value& v);  // -1 on error ("object of type 'x' has no len()")

// --- helpers ----------------------------------------------------------------------------------
// Calls `fn(item)` for each item of an iterable; stops early if fn returns false.
template <class F>
bool for_each(Runtime& rt, const Value& iterable, F&& fn) {
  Value it = iter(rt, iterable);
  if (!it) return false;
  for (;;) {
    Value item = next(rt, it);
    if (!item) return !rt.has_error();
    if (!fn(std::move(item))) return false;
  }
}

}  // namespace ls
