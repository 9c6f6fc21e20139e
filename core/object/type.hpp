// TypeObject: the class of a value. Built-in types fill the slots with C++ functions; classes
// defined by a program get trampolines that look up and call the dunder methods (see class.cpp),
// so the protocol functions in protocol.hpp never need to know which kind they are dealing with.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "object/value.hpp"

namespace ls {

struct StrObject;
struct TupleObject;
struct DictObject;

// Arguments of a call, laid out like CPython's vectorcall: `nargs` positional values followed by
// one value per keyword, whose names are in `kwnames` (a tuple of str, or null when there are none).
struct CallArgs {
  const Value* args = nullptr;
  size_t nargs = 0;
  TupleObject* kwnames = nullptr;
  size_t nkw() const;
  const Value* kwvalues() const { return args + nargs; }
  const Value& operator[](size_t i) const { return args[i]; }
};

enum class BinOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, Count
};
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
enum class UnOp : uint8_t { Neg, Pos, Invert, Abs, Count };

// Result of resuming a generator-like object (CPython's PySendResult).
enum class SendResult : uint8_t { Return, Yield, Error };

struct Visitor {
  virtual void visit(Object* o) = 0;
  void operator()(const Value& v) {
    if (v.is_obj()) visit(v.obj());
  }
  void operator()(Object* o) {
    if (o) visit(o);
  }
 protected:
  ~Visitor() = default;
};

using DeallocFn = void (*)(Object* self);
using TraverseFn = void (*)(Object* self, Visitor& visit);
using ClearFn = void (*)(Object* self);
using FinalizeFn = void (*)(Runtime& rt, Object* self);
using UnaryFn = Value (*)(Runtime& rt, const Value& self);
using BinaryFn = Value (*)(Runtime& rt, const Value& a, const Value& b);
using TernaryFn = Value (*)(Runtime& rt, const Value& a, const Value& b, const Value& c);
using CompareFn = Value (*)(Runtime& rt, const Value& a, const Value& b, CmpOp op);
using HashFn = bool (*)(Runtime& rt, const Value& self, int64_t* out);
using InquiryFn = int (*)(Runtime& rt, const Value& self);  // 0/1, -1 on error
using LenFn = int64_t (*)(Runtime& rt, const Value& self);   // -1 on error
using GetAttrFn = Value (*)(Runtime& rt, const Value& self, StrObject* name);
// Sets (v non-null) or deletes (v null); returns false with an error set on failure.
using SetAttrFn = bool (*)(Runtime& rt, const Value& self, StrObject* name, const Value& v);
using SetItemFn = bool (*)(Runtime& rt, const Value& self, const Value& key, const Value& v);
using ContainsFn = int (*)(Runtime& rt, const Value& self, const Value& item);
using CallFn = Value (*)(Runtime& rt, const Value& self, CallArgs args);
using NewFn = Value (*)(Runtime& rt, TypeObject* type, CallArgs args);
using InitFn = bool (*)(Runtime& rt, const Value& self, CallArgs args);
using DescrGetFn = Value (*)(Runtime& rt, const Value& self, const Value& obj, const Value& type);
using DescrSetFn = bool (*)(Runtime& rt, const Value& self, const Value& obj, const Value& v);
using SendFn = SendResult (*)(Runtime& rt, const Value& self, const Value& arg, Value* out);
// Returns null without an error set when the iterator is exhausted (no StopIteration object).
using NextFn = Value (*)(Runtime& rt, const Value& self);

struct TypeSlots {
  // lifetime
  DeallocFn dealloc = nullptr;     // destroys the struct (not the memory); required
  TraverseFn traverse = nullptr;   // visits owned references; required for GC types
  ClearFn clear = nullptr;         // drops owned references to break cycles
  FinalizeFn finalize = nullptr;   // runs once before destruction (__del__, never-retrieved...)
  // basics
  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  HashFn hash = nullptr;           // null: inherit; use hash_not_implemented for unhashable
  CompareFn compare = nullptr;
  InquiryFn truth = nullptr;
  LenFn len = nullptr;
  GetAttrFn getattr = nullptr;     // full lookup (like tp_getattro)
  SetAttrFn setattr = nullptr;
  CallFn call = nullptr;
  NewFn new_ = nullptr;
  InitFn init = nullptr;
  // descriptors
  DescrGetFn descr_get = nullptr;
  DescrSetFn descr_set = nullptr;
  // containers
  BinaryFn getitem = nullptr;
  SetItemFn setitem = nullptr;     // v null = delete
  ContainsFn contains = nullptr;
  UnaryFn iter = nullptr;
  NextFn next = nullptr;
  // numbers: each binary slot is called for either operand order, like CPython's nb_* slots,
  // and returns NotImplemented when it does not handle the pair.
  BinaryFn binop[static_cast<int>(BinOp::Count)] = {};
  BinaryFn inplace[static_cast<int>(BinOp::Count)] = {};
  TernaryFn pow3 = nullptr;        // pow(a, b, mod)
  UnaryFn unop[static_cast<int>(UnOp::Count)] = {};
  UnaryFn index = nullptr;         // __index__
  UnaryFn to_int = nullptr;        // __int__
  UnaryFn to_float = nullptr;      // __float__
  // async
  UnaryFn await = nullptr;         // __await__
  UnaryFn aiter = nullptr;
  UnaryFn anext = nullptr;
  SendFn send = nullptr;           // fast resume for generator-like objects
  SendFn throw_ = nullptr;         // throws `arg` (an exception instance) into the object
};

enum TypeFlags : uint32_t {
  kTypeBaseType = 1u << 0,      // may be subclassed
  kTypeHeapType = 1u << 1,      // defined by the program (class statement / type())
  kTypeGc = 1u << 2,            // instances are containers tracked by the cycle collector
  kTypeHasDict = 1u << 3,       // instances carry a __dict__ in their prefix
  kTypeAbstract = 1u << 4,
  kTypeIsException = 1u << 5,   // subclass of BaseException (fast isinstance for raise/except)
  kTypeIntSubclass = 1u << 6,
  kTypeStrSubclass = 1u << 7,
  kTypeTupleSubclass = 1u << 8,
  kTypeListSubclass = 1u << 9,
  kTypeDictSubclass = 1u << 10,
  kTypeTypeSubclass = 1u << 11,
  kTypeHasGetattrHook = 1u << 12,  // defines __getattr__ (fallback after normal lookup)
  kTypeHasFinalizer = 1u << 13,    // defines __del__
  kTypeReadyCalled = 1u << 14,
  kTypeImmutable = 1u << 15,       // built-in: attributes cannot be set
  kTypeSlotsOnly = 1u << 16,       // __slots__ without __dict__: the instance storage behind the
                                   // prefix holds only slot values (member descriptors reach it)
  kTypeBuiltinName = 1u << 17,     // a class of a module in core/modules/py/ standing for a C type of
                                   // CPython: `name` is its tp_name ("collections.deque"), as for
                                   // built-in types (see type_short_name)
};

struct TypeObject : Object {
  // CPython's tp_name, which error messages show: "int", "MyClass"; for a built-in type of a module,
  // "module.Name" ("_asyncio.Task", "collections.deque"), whose __name__ is the part after the last
  // dot (type_short_name) and __module__ the part before.
  std::string name;
  std::string qualname;             // __qualname__ ("Task" for "_asyncio.Task")
  TypeFlags flags{};
  uint32_t basicsize = 0;           // size of the struct (not counting the prefix)
  uint32_t itemsize = 0;            // variable-size objects: bytes per item
  uint32_t prefix = 0;              // bytes before the header: GC link and/or instance dict
  uint32_t version = 0;             // attribute-cache tag, bumped whenever the MRO's dicts change
  uint32_t slots_begin = 0;         // instances hold __slots__ values inline (Values) from this
                                    // byte offset up to basicsize; 0: none
  TypeObject* base = nullptr;       // __base__ (owned reference)
  TypeObject* solid = nullptr;      // nearest built-in ancestor: decides the struct layout
  Value bases;                      // tuple
  Value mro;                        // tuple
  Value dict;                       // DictObject
  Value module_name;                // str (for repr: <class 'mod.Name'>)
  std::vector<TypeObject*> subclasses;  // direct subclasses, not owned (removed on dealloc)
  TypeSlots slots;
  Runtime* rt = nullptr;            // the runtime owning this type (and its instances' memory)
};

}  // namespace ls
