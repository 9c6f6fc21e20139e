// Built-in callables and the helpers C++ code uses to define types, methods and modules.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "object/runtime.hpp"

namespace ls {

// A native function. `self` is the bound object (instance for methods, module for module-level
// functions, the type for classmethods) or null.
using NativeFn = Value (*)(Runtime& rt, const Value& self, CallArgs args);

enum MethodFlags : uint32_t {
  kMethInstance = 0,
  kMethClass = 1,    // receives the type as self
  kMethStatic = 2,   // receives null as self
};

struct MethodDef {
  const char* name;
  NativeFn fn;
  uint32_t flags = kMethInstance;
};

using GetterFn = Value (*)(Runtime& rt, const Value& self);
using SetterFn = bool (*)(Runtime& rt, const Value& self, const Value& v);  // v null = delete

struct GetSetDef {
  const char* name;
  GetterFn get;
  SetterFn set = nullptr;
};

// builtin_function_or_method: a NativeFn with its bound self.
struct BuiltinFunctionObject : Object {
  const char* name;
  NativeFn fn;
  Value self;            // null for unbound static functions
  TypeObject* owner;     // type that defines it (methods), else null
  Value module_name;     // for module functions (repr/__module__), may be null
};

// method_descriptor: a MethodDef stored in a built-in type's dict; binds to instances.
struct MethodDescrObject : Object {
  const MethodDef* def;
  TypeObject* owner;
};

// getset_descriptor
struct GetSetDescrObject : Object {
  const GetSetDef* def;
  TypeObject* owner;
};

Value make_builtin_function(Runtime& rt, const char* name, NativeFn fn, Value self = nullptr,
                            TypeObject* owner = nullptr);

// Native functions standing for CPython `async def` functions (asyncio.sleep, Queue.get, ...):
// asyncio.iscoroutinefunction() and inspect.iscoroutinefunction() report them as coroutine
// functions. is_coroutine_native: `v` is a builtin function/method or a method descriptor of one.
void mark_coroutine_native(NativeFn fn);
bool is_coroutine_native(Runtime& rt, const Value& v);
// Natives standing for CPython `def` functions (asyncio.run, gather, loop methods...; coroutine
// natives included). When one raises, past argument binding, its arguments live on with the
// exception, as CPython's frame does in the traceback; and messages name its type 'function'
// (or 'method' when bound to an instance), as for a Python function.
void mark_python_native(NativeFn fn);
bool is_python_native(const Runtime& rt, const Value& v);
// Marks the pending error as raised while binding a call's arguments (before CPython would have
// a frame); parse_args and check_nargs do it, natives binding by hand call it.
void mark_binding_error(Runtime& rt);
// "function"/"method" for such a native, else null.
const std::string* python_native_type_name(const Runtime& rt, const Value& v);

// Creates a built-in type. `base` null means object. Methods/getsets arrays end with a
// {nullptr,...} entry (or pass nullptr). Registers it for teardown.
struct TypeSpec {
  const char* name;
  TypeObject* base = nullptr;
  size_t basicsize = sizeof(Object);
  uint32_t flags = 0;           // TypeFlags: kTypeGc, kTypeBaseType, kTypeHasDict...
  const MethodDef* methods = nullptr;
  const GetSetDef* getsets = nullptr;
  const char* module = nullptr;  // null: builtins
};
TypeObject* make_builtin_type(Runtime& rt, const TypeSpec& spec, const TypeSlots& slots);
// Adds methods/getsets to an existing type's dict (for types whose slots are set first).
void add_methods(Runtime& rt, TypeObject* type, const MethodDef* methods);
void add_getsets(Runtime& rt, TypeObject* type, const GetSetDef* getsets);
void set_type_attr(Runtime& rt, TypeObject* type, const char* name, Value v);
// Puts __doc__ = None into a built-in type's dict unless it has one (CPython's types all do).
void ensure_type_doc(Runtime& rt, TypeObject* t);

// Argument parsing for natives with CPython-style messages.
// `names`: parameter names in order; the first `required` must be given; the first `maxpos` may
// be positional (-1: all). Fills out[i] (null when not given). Returns false with TypeError set.
bool parse_args(Runtime& rt, CallArgs a, const char* fname, std::initializer_list<const char*> names,
                int required, Value* out, int maxpos = -1);
// The same for what CPython parses with Argument Clinic (its C builtins and methods): an unknown
// keyword is "'k' is an invalid keyword argument for f()", and a name "" marks a positional-only
// parameter, which no keyword matches (as in Clinic's keyword tuples).
bool parse_clinic_args(Runtime& rt, CallArgs a, const char* fname, std::initializer_list<const char*> names,
                       int required, Value* out, int maxpos = -1);
// Checks that a call has no keywords ("f() takes no keyword arguments").
bool no_kwargs(Runtime& rt, CallArgs a, const char* fname);
// Checks the positional count: "f() takes exactly one argument (2 given)" etc.
bool check_nargs(Runtime& rt, CallArgs a, const char* fname, size_t min, size_t max);

// Convenience for type checks of natives: "descriptor 'append' for 'list' objects doesn't apply
// to a 'int' object" etc. are produced by the descriptors; methods can trust `self`'s type.

void init_native_types(Runtime& rt);
void install_object_and_type_methods(Runtime& rt);
// Exposes a built-in type's own slots as dunder methods (__init__, __repr__, __add__...).
void add_slot_wrappers(Runtime& rt, TypeObject* t);
// Makes the instances of a program-defined class carry a `__dict__` attribute.
void add_instance_dict_descriptor(Runtime& rt, TypeObject* t);

}  // namespace ls
