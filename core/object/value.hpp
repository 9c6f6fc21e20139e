// Values of the interpreter: a 64-bit word that is either a small integer (low bit 1) or a pointer
// to a heap Object (low bit 0; 0 itself is "no value", used as the error sentinel like CPython's
// NULL). Value owns one reference: copying increments the object's count, destruction decrements.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace ls {

struct Object;
struct TypeObject;
struct Runtime;

// Object header. Every heap object starts with it. The GC link (for containers) and an instance
// dict (for user subclasses) live *before* the header, sized by the type (see TypeObject::prefix).
struct Object {
  uint32_t refcnt;
  uint32_t flags;  // ObjectFlags
  TypeObject* type;
};

enum ObjectFlags : uint32_t {
  kGcTracked = 1u << 0,   // linked in the runtime's GC list
  kFinalized = 1u << 1,   // finalizer (__del__ / never-retrieved report) already ran
  kImmortal = 1u << 2,    // singletons owned by the runtime: never freed by refcounting
  kInterned = 1u << 3,    // str: in the runtime's intern table
  kGcReachable = 1u << 4, // scratch bit for the cycle collector
  kGcUnreachable = 1u << 5,
  kHasId = 1u << 6,       // has an entry in Runtime::ids
  kHasWeakrefs = 1u << 7, // weak references point at it (object/weakref.hpp)
};

void dealloc_object(Object* o);  // defined in heap.cpp; called when refcnt reaches 0

inline void incref(Object* o) { ++o->refcnt; }
inline void decref(Object* o) {
  if (--o->refcnt == 0) dealloc_object(o);
}

class Value {
 public:
  static constexpr int64_t kSmallMax = (int64_t(1) << 61) - 1;
  static constexpr int64_t kSmallMin = -(int64_t(1) << 61);

  Value() noexcept : bits_(0) {}
  Value(std::nullptr_t) noexcept : bits_(0) {}
  Value(const Value& o) noexcept : bits_(o.bits_) { retain(); }
  Value(Value&& o) noexcept : bits_(o.bits_) { o.bits_ = 0; }
  ~Value() { release(); }
  Value& operator=(const Value& o) noexcept {
    Value tmp(o);
    swap(tmp);
    return *this;
  }
  Value& operator=(Value&& o) noexcept {
    if (this != &o) {
      uint64_t old = bits_;
      bits_ = o.bits_;
      o.bits_ = 0;
      release_bits(old);
    }
    return *this;
  }
  void swap(Value& o) noexcept { std::swap(bits_, o.bits_); }
  // Assignment for slots that are normally empty (the VM's value stack above its top): always
  // inlined, the release of an old value is the unlikely path.
  __attribute__((always_inline)) void put(Value&& o) noexcept {
    uint64_t old = bits_;
    bits_ = o.bits_;
    o.bits_ = 0;
    if (__builtin_expect(old != 0, 0)) release_bits(old);
  }
  __attribute__((always_inline)) void put(const Value& o) noexcept {
    o.retain();
    uint64_t old = bits_;
    bits_ = o.bits_;
    if (__builtin_expect(old != 0, 0)) release_bits(old);
  }

  // Takes ownership of an already-counted reference.
  static Value steal(Object* o) noexcept {
    Value v;
    v.bits_ = reinterpret_cast<uintptr_t>(o);
    return v;
  }
  // Adds a reference.
  static Value borrow(Object* o) noexcept {
    if (o) incref(o);
    return steal(o);
  }
  static Value small(int64_t i) noexcept {
    Value v;
    v.bits_ = (static_cast<uint64_t>(i) << 1) | 1u;
    return v;
  }
  static bool fits_small(int64_t i) noexcept { return i >= kSmallMin && i <= kSmallMax; }

  bool is_null() const noexcept { return bits_ == 0; }
  explicit operator bool() const noexcept { return bits_ != 0; }
  bool is_small() const noexcept { return bits_ & 1u; }
  bool is_obj() const noexcept { return bits_ != 0 && !(bits_ & 1u); }
  int64_t small_value() const noexcept { return static_cast<int64_t>(bits_) >> 1; }
  Object* obj() const noexcept { return reinterpret_cast<Object*>(static_cast<uintptr_t>(bits_)); }
  // Type of a non-null value; small ints report the runtime's int type.
  TypeObject* type(const Runtime& rt) const noexcept;

  // Identity (Python's `is`).
  bool is(const Value& o) const noexcept { return bits_ == o.bits_; }
  uint64_t bits() const noexcept { return bits_; }

  // Gives up ownership without decrementing; the caller now owns the reference.
  Object* release_obj() noexcept {
    Object* o = obj();
    bits_ = 0;
    return o;
  }
  void reset() noexcept {
    uint64_t old = bits_;
    bits_ = 0;
    release_bits(old);
  }

 private:
  void retain() const noexcept {
    if (bits_ != 0 && !(bits_ & 1u)) incref(obj());
  }
  void release() noexcept { release_bits(bits_); }
  static void release_bits(uint64_t b) noexcept {
    if (b != 0 && !(b & 1u)) decref(reinterpret_cast<Object*>(static_cast<uintptr_t>(b)));
  }
  uint64_t bits_;
};

// A typed owning pointer to a heap object of struct type T (T derives from Object).
template <class T>
class Ref {
 public:
  Ref() noexcept : p_(nullptr) {}
  Ref(std::nullptr_t) noexcept : p_(nullptr) {}
  explicit Ref(T* p, bool add_ref) noexcept : p_(p) {
    if (p_ && add_ref) incref(p_);
  }
  Ref(const Ref& o) noexcept : p_(o.p_) {
    if (p_) incref(p_);
  }
  Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  ~Ref() {
    if (p_) decref(p_);
  }
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  static Ref steal(T* p) noexcept { return Ref(p, false); }
  static Ref borrow(T* p) noexcept { return Ref(p, true); }

  T* get() const noexcept { return p_; }
  T* operator->() const noexcept { return p_; }
  T& operator*() const noexcept { return *p_; }
  explicit operator bool() const noexcept { return p_ != nullptr; }
  // Converts to an owning Value (adds a reference).
  Value value() const& noexcept { return Value::borrow(p_); }
  Value value() && noexcept {
    T* p = p_;
    p_ = nullptr;
    return Value::steal(p);
  }
  operator Value() const& noexcept { return value(); }
  operator Value() && noexcept { return std::move(*this).value(); }
  T* release() noexcept {
    T* p = p_;
    p_ = nullptr;
    return p;
  }

 private:
  T* p_;
};

}  // namespace ls
