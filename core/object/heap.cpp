#include "object/heap.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

#include "object/runtime.hpp"
#include "object/weakref.hpp"

namespace ls {

namespace {
constexpr size_t kLargeHeader = 16;  // keeps 16-byte alignment of large blocks

[[noreturn]] void out_of_memory() {
  std::abort();  // the soft ceiling (MemoryError) normally triggers long before the host runs out
}
}  // namespace

Heap::Heap() {
  gc_list.prev = gc_list.next = &gc_list;
  gc_list.refs = 0;
}

Heap::~Heap() {
  for (void* slab : slabs_) std::free(slab);
  for (void* p : large_) std::free(p);
}

void Heap::account(size_t n) {
  in_use += n;
  if (in_use > peak) peak = in_use;
  if (in_use > limit) over_limit = true;
}

void* Heap::alloc_raw(size_t n) {
  if (n == 0) n = 1;
  void* p = std::malloc(n);
  if (!p) out_of_memory();
  account(n);
  return p;
}

void Heap::free_raw(void* p, size_t n) {
  if (!p) return;
  if (n == 0) n = 1;
  in_use -= n;
  std::free(p);
}

void* Heap::realloc_raw(void* p, size_t old_n, size_t new_n) {
  if (new_n == 0) new_n = 1;
  if (!p) old_n = 0;
  void* q = std::realloc(p, new_n);
  if (!q) out_of_memory();
  in_use -= old_n;
  account(new_n);
  return q;
}

void* Heap::refill(size_t units) {
  size_t n = units * kGrain;
  if (bump_ + n > bump_end_) {
    char* slab = static_cast<char*>(std::malloc(kSlabSize));
    if (!slab) out_of_memory();
    slabs_.push_back(slab);
    bump_ = slab;
    bump_end_ = slab + kSlabSize;
  }
  void* p = bump_;
  bump_ += n;
  return p;
}

void* Heap::alloc_block(size_t n, uint32_t* size_units) {
  size_t units = (n + kGrain - 1) / kGrain;
  size_t rounded = units * kGrain;
  if (rounded <= kSmallMax) {
    void*& head = free_lists_[units];
    void* p = head;
    if (p) {
      head = *static_cast<void**>(p);
    } else {
      p = refill(units);
    }
    account(rounded);
    *size_units = static_cast<uint32_t>(units);
    return p;
  }
  char* raw = static_cast<char*>(std::malloc(rounded + kLargeHeader));
  if (!raw) out_of_memory();
  large_.insert(raw);
  *reinterpret_cast<size_t*>(raw) = rounded;
  account(rounded);
  *size_units = 0;
  return raw + kLargeHeader;
}

void Heap::free_block(void* p, uint32_t size_units) {
  if (size_units == 0) {
    char* raw = static_cast<char*>(p) - kLargeHeader;
    in_use -= *reinterpret_cast<size_t*>(raw);
    large_.erase(raw);
    std::free(raw);
    return;
  }
  size_t rounded = size_t(size_units) * kGrain;
  in_use -= rounded;
  void*& head = free_lists_[size_units];
  *static_cast<void**>(p) = head;
  head = p;
}

// ---------------------------------------------------------------------------------------------

static size_t prefix_size(const TypeObject* type) {
  size_t n = 0;
  if (type->flags & kTypeGc) n += sizeof(GCHead);
  if (type->flags & kTypeHasDict) n += sizeof(Value);
  return n;
}

// A small block is whole 16-byte grains, most of them 2-6: clear it with fixed-size stores. A
// run-time-sized memset is a libc call, and under PGO g++ makes it `rep stosq`, whose start-up cost
// was 16% of closures.py's time in the release build. The empty asm keeps g++ from turning the
// loop back into that memset.
static inline void clear_grains(char* p, uint32_t units) {
  for (uint32_t i = 0; i < units; ++i) {
    std::memset(p + size_t(i) * Heap::kGrain, 0, Heap::kGrain);
    asm volatile("" : : : "memory");
  }
}

Object* alloc_object(Runtime& rt, TypeObject* type, size_t extra) {
  size_t pre = prefix_size(type);
  size_t total = pre + type->basicsize + extra;
  uint32_t units = 0;
  char* block = static_cast<char*>(rt.heap.alloc_block(total, &units));
  if (units != 0 && units <= 8) {
    clear_grains(block, units);
  } else {
    std::memset(block, 0, total);
  }
  Object* o = reinterpret_cast<Object*>(block + pre);
  o->refcnt = 1;
  o->flags = units << 16;  // 0 for large blocks (size in their header)
  o->type = type;
  if (type->flags & kTypeHeapType) incref(type);  // instances keep their class alive
  return o;
}

void gc_untrack(Runtime& rt, Object* o);

// Finalize (may resurrect), destroy, free.
static void destroy(Runtime& rt, Object* o) {
  TypeObject* type = o->type;
  if (type->slots.finalize && !(o->flags & kFinalized)) {
    o->flags |= kFinalized;
    o->refcnt = 1;  // keep alive while the finalizer runs
    type->slots.finalize(rt, o);
    if (--o->refcnt != 0) return;  // resurrected
  }
  if (o->flags & kGcTracked) {
    gc_untrack(rt, o);
    // CPython's PyObject_GC_Del: a container freed by reference counting no longer counts
    // towards the next collection (short-lived ones never trigger one).
    if (rt.heap.gc_allocs > 0) --rt.heap.gc_allocs;
  }
  if (o->flags & kHasId) rt.ids.erase(o);
  // PyObject_ClearWeakRefs, after the finalizer and before the instance's contents go
  if (o->flags & kHasWeakrefs) clear_weakrefs(rt, o);
  if (type->flags & kTypeHasDict) instance_dict_slot(o)->reset();
  if (type->slots_begin) {
    auto* v = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + type->slots_begin);
    auto* end = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + type->basicsize);
    for (; v < end; ++v) v->reset();
  }
  type->slots.dealloc(o);
  size_t pre = prefix_size(type);
  rt.heap.free_block(reinterpret_cast<char*>(o) - pre, o->flags >> 16);
  if (type->flags & kTypeHeapType) decref(type);
}

// Called when a refcount reaches zero. Destroying a long chain (a linked list of a million nodes)
// would recurse once per node, so past a small depth objects are queued and destroyed by the
// outermost call instead (CPython's "trashcan").
void dealloc_object(Object* o) {
  Runtime& rt = *o->type->rt;
  if (rt.dealloc_depth >= 48) {
    rt.dealloc_deferred.push_back(o);
    return;
  }
  ++rt.dealloc_depth;
  destroy(rt, o);
  --rt.dealloc_depth;
  if (rt.dealloc_depth == 0) {
    while (!rt.dealloc_deferred.empty()) {
      Object* next = rt.dealloc_deferred.back();
      rt.dealloc_deferred.pop_back();
      ++rt.dealloc_depth;
      destroy(rt, next);
      --rt.dealloc_depth;
    }
  }
}

}  // namespace ls
