// The heap of one run: size-class free lists for small blocks, malloc for large ones, byte
// accounting for the memory ceiling, and the list of containers the cycle collector scans.
//
// Layout of an object's block:  [Value dict if the type has one][GCHead if the type is GC][Object...]
// (a type with an instance dict is always GC, so the GCHead is always right before the header)
// Object::flags bits 16..31 hold the block size in 16-byte units for small blocks (0: a large
// block whose size is stored in a header word before the block).
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_set>
#include <vector>

#include "object/value.hpp"

namespace ls {

struct GCHead {
  GCHead* prev;
  GCHead* next;
  int64_t refs;  // scratch for the collector
};

class Heap {
 public:
  static constexpr size_t kGrain = 16;
  static constexpr size_t kSmallMax = 512;         // blocks up to this size use free lists

  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Blocks whose size the caller remembers (buffers of lists, dicts...).
  void* alloc_raw(size_t n);
  void free_raw(void* p, size_t n);
  void* realloc_raw(void* p, size_t old_n, size_t new_n);

  // Object blocks: the size is recorded in the object's flags by alloc_object.
  void* alloc_block(size_t n, uint32_t* size_units);
  void free_block(void* p, uint32_t size_units);

  size_t in_use = 0;
  size_t peak = 0;
  size_t limit = size_t(1) << 30;  // soft ceiling: crossing it sets over_limit
  bool over_limit = false;          // the VM raises MemoryError at the next instruction

  // Cycle collector bookkeeping.
  GCHead gc_list;                   // sentinel of the circular list of tracked objects
  size_t gc_tracked = 0;
  size_t gc_allocs = 0;             // tracked allocations since the last collection
  size_t gc_threshold = 10000;
  bool gc_enabled = true;
  bool gc_running = false;

 private:
  void account(size_t n);
  void* refill(size_t units);
  void* free_lists_[kSmallMax / kGrain + 1] = {};  // intrusive singly-linked lists
  // Small blocks are carved from slabs; everything is returned to the host when the heap dies,
  // whatever the program leaked.
  static constexpr size_t kSlabSize = 256 * 1024;
  std::vector<void*> slabs_;
  char* bump_ = nullptr;
  char* bump_end_ = nullptr;
  std::unordered_set<void*> large_;
};

inline GCHead* gc_head(Object* o) { return reinterpret_cast<GCHead*>(o) - 1; }
inline Object* gc_object(GCHead* h) { return reinterpret_cast<Object*>(h + 1); }
// The instance __dict__ slot of an object whose type has kTypeHasDict.
inline Value* instance_dict_slot(Object* o) { return reinterpret_cast<Value*>(gc_head(o)) - 1; }

}  // namespace ls
