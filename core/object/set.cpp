// set and frozenset: CPython 3.11's Objects/setobject.c table algorithm, reproduced so that sets
// iterate (and print) in exactly CPython's order: minimum size 8, LINEAR_PROBES = 9 consecutive
// slots then perturbed probing (perturb >>= 5; i = i*5 + 1 + perturb), a deleted slot marked by
// hash -1, resizing when fill*5 >= mask*3 to used*4 (used*2 past 50000 items), and the same
// merge/copy/update fast paths.
#include "object/set.hpp"

#include <cstring>
#include <string>
#include <vector>

#include "object/container_util.hpp"
#include "object/dict.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

Value container_class_getitem(Runtime& rt, const Value& cls, CallArgs args);  // tuple.cpp

namespace {

constexpr int64_t kMinSize = 8;
constexpr uint64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

inline bool is_live(const SetEntry& e) { return !e.key.is_null(); }

inline void entry_move(SetEntry* dst, SetEntry* src) {
  std::memcpy(static_cast<void*>(dst), static_cast<const void*>(src), sizeof(SetEntry));
}
inline void zero_entries(SetEntry* p, int64_t n) {
  std::memset(static_cast<void*>(p), 0, static_cast<size_t>(n) * sizeof(SetEntry));
}

// Raw storage for a small table's entries moved out bitwise (no destructors may run on them).
struct SmallCopy {
  alignas(SetEntry) unsigned char bytes[sizeof(SetEntry) * kMinSize];
  SetEntry* get() { return reinterpret_cast<SetEntry*>(bytes); }
};

inline bool key_hash(Runtime& rt, const Value& key, int64_t* out) {
  if (key.is_obj() && key.obj()->type == rt.t.str) {
    *out = str_hash(as_str(key));
    return true;
  }
  return hash(rt, key, out);
}

// The entry holding `key`, or the empty entry ending its probe sequence; null on error.
SetEntry* set_lookkey(Runtime& rt, SetObject* so, const Value& key, int64_t hash) {
restart:
  uint64_t mask = static_cast<uint64_t>(so->mask);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    SetEntry* entry = &so->table[i];
    uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry->hash == 0 && entry->key.is_null()) return entry;
      if (entry->hash == hash) {
        const Value& startkey = entry->key;
        if (startkey.is(key)) return entry;
        if (!(startkey.is_small() && key.is_small())) {
          if (startkey.is_obj() && key.is_obj() && startkey.obj()->type == rt.t.str && key.obj()->type == rt.t.str) {
            if (str_equal(as_str(startkey), as_str(key))) return entry;
          } else {
            SetEntry* table = so->table;
            Value sk = startkey;
            int cmp = rich_compare_bool(rt, sk, key, CmpOp::Eq);
            if (cmp < 0) return nullptr;
            if (table != so->table || !entry->key.is(sk)) goto restart;
            if (cmp > 0) return entry;
            mask = static_cast<uint64_t>(so->mask);
          }
        }
      }
      if (probes-- == 0) break;
      ++entry;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void set_insert_clean(SetEntry* table, uint64_t mask, SetEntry* src) {
  uint64_t hash = static_cast<uint64_t>(src->hash);
  uint64_t perturb = hash;
  uint64_t i = hash & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null()) {
      entry_move(entry, src);
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (uint64_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_null()) {
          entry_move(entry, src);
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// A copy of `src` into a fresh entry of `table` (adds a reference to the key).
void set_insert_clean_copy(SetEntry* table, uint64_t mask, const SetEntry& src) {
  SetEntry tmp{src.key, src.hash};
  set_insert_clean(table, mask, &tmp);
  std::memset(static_cast<void*>(&tmp), 0, sizeof tmp);  // ownership moved into the table
}

void set_table_resize(Runtime& rt, SetObject* so, int64_t minused) {
  int64_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  SetEntry* oldtable = so->table;
  int64_t oldmask = so->mask;
  bool old_malloced = oldtable != so->smalltable;
  SmallCopy small_copy;
  SetEntry* newtable;
  if (newsize == kMinSize) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used) return;  // no dummies: nothing to do
      std::memcpy(small_copy.bytes, static_cast<const void*>(oldtable), sizeof small_copy.bytes);
      oldtable = small_copy.get();
    }
  } else {
    newtable = static_cast<SetEntry*>(rt.heap.alloc_raw(static_cast<size_t>(newsize) * sizeof(SetEntry)));
  }
  zero_entries(newtable, newsize);
  so->mask = newsize - 1;
  so->table = newtable;
  uint64_t newmask = static_cast<uint64_t>(so->mask);
  so->fill = so->used;
  for (int64_t i = 0; i <= oldmask; ++i) {
    SetEntry* e = &oldtable[i];
    if (is_live(*e)) set_insert_clean(newtable, newmask, e);
  }
  if (old_malloced) rt.heap.free_raw(oldtable, static_cast<size_t>(oldmask + 1) * sizeof(SetEntry));
}

// Adds key (with its hash); 0 or -1.
int set_add_entry(Runtime& rt, SetObject* so, const Value& key_in, int64_t hash) {
  Value key = key_in;  // keeps the key alive while comparisons run
  SetEntry* freeslot;
  SetEntry* entry;
  uint64_t mask;
restart:
  mask = static_cast<uint64_t>(so->mask);
  {
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    freeslot = nullptr;
    for (;;) {
      entry = &so->table[i];
      uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      for (;;) {
        if (entry->hash == 0 && entry->key.is_null()) goto found_unused_or_dummy;
        if (entry->hash == hash) {
          const Value& startkey = entry->key;
          if (startkey.is(key)) return 0;
          if (!(startkey.is_small() && key.is_small())) {
            if (startkey.is_obj() && key.is_obj() && startkey.obj()->type == rt.t.str &&
                key.obj()->type == rt.t.str) {
              if (str_equal(as_str(startkey), as_str(key))) return 0;
            } else {
              SetEntry* table = so->table;
              Value sk = startkey;
              int cmp = rich_compare_bool(rt, sk, key, CmpOp::Eq);
              if (cmp > 0) return 0;
              if (cmp < 0) return -1;
              if (table != so->table || !entry->key.is(sk)) goto restart;
              mask = static_cast<uint64_t>(so->mask);
            }
          }
        } else if (entry->hash == -1) {
          freeslot = entry;
        }
        if (probes-- == 0) break;
        ++entry;
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
found_unused_or_dummy:
  if (freeslot) {
    ++so->used;
    freeslot->key = std::move(key);
    freeslot->hash = hash;
    return 0;
  }
  ++so->fill;
  ++so->used;
  entry->key = std::move(key);
  entry->hash = hash;
  if (static_cast<uint64_t>(so->fill) * 5 < mask * 3) return 0;
  set_table_resize(rt, so, so->used > 50000 ? so->used * 2 : so->used * 4);
  return 0;
}

int set_add_key(Runtime& rt, SetObject* so, const Value& key) {
  int64_t h;
  if (!key_hash(rt, key, &h)) return -1;
  return set_add_entry(rt, so, key, h);
}

int set_contains_entry(Runtime& rt, SetObject* so, const Value& key, int64_t hash) {
  SetEntry* e = set_lookkey(rt, so, key, hash);
  if (!e) return -1;
  return is_live(*e);
}

int set_contains_key(Runtime& rt, SetObject* so, const Value& key) {
  int64_t h;
  if (!key_hash(rt, key, &h)) return -1;
  return set_contains_entry(rt, so, key, h);
}

int set_discard_entry(Runtime& rt, SetObject* so, const Value& key, int64_t hash) {
  SetEntry* e = set_lookkey(rt, so, key, hash);
  if (!e) return -1;
  if (!is_live(*e)) return 0;
  Value old = std::move(e->key);
  e->hash = -1;
  --so->used;
  return 1;
}

int set_discard_key(Runtime& rt, SetObject* so, const Value& key) {
  int64_t h;
  if (!key_hash(rt, key, &h)) return -1;
  return set_discard_entry(rt, so, key, h);
}

void empty_to_minsize(SetObject* so) {
  zero_entries(so->smalltable, kMinSize);
  so->fill = 0;
  so->used = 0;
  so->mask = kMinSize - 1;
  so->table = so->smalltable;
  so->hash = -1;
}

void set_clear_internal(Runtime& rt, SetObject* so) {
  SetEntry* table = so->table;
  int64_t mask = so->mask;
  int64_t fill = so->fill;
  bool malloced = table != so->smalltable;
  SmallCopy small_copy;
  if (malloced) {
    empty_to_minsize(so);
  } else if (fill > 0) {
    std::memcpy(small_copy.bytes, static_cast<const void*>(table), sizeof small_copy.bytes);
    table = small_copy.get();
    empty_to_minsize(so);
  } else {
    return;
  }
  // The set is empty now: releasing the keys may run code that uses it.
  for (int64_t i = 0; i <= mask; ++i) {
    if (!table[i].key.is_null()) table[i].key.reset();
  }
  if (malloced) rt.heap.free_raw(table, static_cast<size_t>(mask + 1) * sizeof(SetEntry));
}

SetObject* alloc_set(Runtime& rt, TypeObject* type) {
  auto* so = alloc<SetObject>(rt, type);
  so->fill = 0;
  so->used = 0;
  so->mask = kMinSize - 1;
  so->table = so->smalltable;
  so->finger = 0;
  so->hash = -1;
  return so;
}

int set_merge(Runtime& rt, SetObject* so, SetObject* other) {
  if (other == so || other->used == 0) return 0;
  if ((so->fill + other->used) * 5 >= so->mask * 3) {
    set_table_resize(rt, so, (so->used + other->used) * 2);
  }
  // Our table is empty, same size, no dummies in other: copy slot by slot.
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; ++i) {
      if (is_live(other->table[i])) {
        so->table[i].key = other->table[i].key;
        so->table[i].hash = other->table[i].hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  // Our table is empty: no comparisons needed.
  if (so->fill == 0) {
    uint64_t newmask = static_cast<uint64_t>(so->mask);
    so->fill = other->used;
    so->used = other->used;
    for (int64_t i = 0; i <= other->mask; ++i) {
      if (is_live(other->table[i])) set_insert_clean_copy(so->table, newmask, other->table[i]);
    }
    return 0;
  }
  for (int64_t i = 0; i <= other->mask; ++i) {
    if (i > other->mask) break;
    SetEntry& e = other->table[i];
    if (is_live(e)) {
      Value key = e.key;
      if (set_add_entry(rt, so, key, e.hash) < 0) return -1;
    }
  }
  return 0;
}

int set_update_internal(Runtime& rt, SetObject* so, const Value& other) {
  if (is_anyset(rt, other)) return set_merge(rt, so, as_set(other));
  if (other.is_obj() && other.obj()->type == rt.t.dict) {
    DictObject* d = as_dict(other);
    int64_t dictsize = d->used;
    if ((so->fill + dictsize) * 5 >= so->mask * 3) set_table_resize(rt, so, (so->used + dictsize) * 2);
    for (int64_t pos = 0;;) {
      DictEntry* e;
      if (!dict_next(d, &pos, &e)) break;
      Value key = e->key;
      if (set_add_entry(rt, so, key, e->hash) < 0) return -1;
    }
    return 0;
  }
  Value it = iter(rt, other);
  if (!it) return -1;
  for (;;) {
    Value key = next(rt, it);  // a step per item: an endless iterator meets the step budget
    if (!key) return rt.has_error() ? -1 : 0;
    if (set_add_key(rt, so, key) < 0) return -1;
  }
}

Value make_new_set(Runtime& rt, TypeObject* type, const Value& iterable) {
  SetObject* so = alloc_set(rt, type);
  Value result = Value::steal(so);
  gc_track(rt, so);
  if (iterable && set_update_internal(rt, so, iterable) < 0) return nullptr;
  return result;
}

TypeObject* basetype_of(Runtime& rt, TypeObject* type) {
  if (type == rt.t.set || type == rt.t.frozenset) return type;
  return is_subtype(type, rt.t.set) ? rt.t.set : rt.t.frozenset;
}

Value set_copy(Runtime& rt, const Value& so) {
  return make_new_set(rt, basetype_of(rt, so.obj()->type), so);
}

void set_swap_bodies(Runtime& rt, SetObject* a, SetObject* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  SetEntry* u = a->table == a->smalltable ? b->smalltable : a->table;
  a->table = b->table == b->smalltable ? a->smalltable : b->table;
  b->table = u;
  if (a->table == a->smalltable || b->table == b->smalltable) {
    SmallCopy tab;
    std::memcpy(tab.bytes, static_cast<const void*>(a->smalltable), sizeof tab.bytes);
    std::memcpy(static_cast<void*>(a->smalltable), static_cast<const void*>(b->smalltable), sizeof tab.bytes);
    std::memcpy(static_cast<void*>(b->smalltable), tab.bytes, sizeof tab.bytes);
  }
  if (is_subtype(a->type, rt.t.frozenset) && is_subtype(b->type, rt.t.frozenset)) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = -1;
    b->hash = -1;
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// C++ API

bool is_anyset(const Runtime& rt, const Value& v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  return t == rt.t.set || t == rt.t.frozenset || is_subtype(t, rt.t.set) || is_subtype(t, rt.t.frozenset);
}

Ref<SetObject> new_set(Runtime& rt, TypeObject* type) {
  SetObject* so = alloc_set(rt, type ? type : rt.t.set);
  gc_track(rt, so);
  return Ref<SetObject>::steal(so);
}

int set_add(Runtime& rt, SetObject* s, const Value& key) { return set_add_key(rt, s, key); }
int set_contains(Runtime& rt, SetObject* s, const Value& key) { return set_contains_key(rt, s, key); }
int set_discard(Runtime& rt, SetObject* s, const Value& key) { return set_discard_key(rt, s, key); }
bool set_update(Runtime& rt, SetObject* s, const Value& iterable) { return set_update_internal(rt, s, iterable) == 0; }
void set_clear(Runtime& rt, SetObject* s) { set_clear_internal(rt, s); }

bool set_next(SetObject* s, int64_t* pos, SetEntry** entry) {
  int64_t i = *pos;
  while (i <= s->mask && !is_live(s->table[i])) ++i;
  *pos = i + 1;
  if (i > s->mask) return false;
  *entry = &s->table[i];
  return true;
}

Value make_set_from(Runtime& rt, TypeObject* type, const Value& iterable) { return make_new_set(rt, type, iterable); }

Value frozenset_display_constant(Runtime& rt, const Value* items, int64_t n, bool reinterned) {
  Value fs = make_new_set(rt, rt.t.frozenset, make_tuple(rt, items, n));
  for (int rebuild = 0; rebuild < (reinterned ? 2 : 1); ++rebuild) {
    if (!fs) return nullptr;
    Value order = tuple_from_iterable(rt, fs);
    if (!order) return nullptr;
    fs = make_new_set(rt, rt.t.frozenset, order);
  }
  return fs;
}

Value set_pop(Runtime& rt, SetObject* so) {
  if (so->used == 0) return raise_key_error(rt, make_str(rt, "pop from an empty set"));
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (!is_live(*entry)) {
    ++entry;
    if (entry > limit) entry = so->table;
  }
  Value key = std::move(entry->key);
  entry->hash = -1;
  --so->used;
  so->finger = entry - so->table + 1;
  return key;
}

Value set_intersection(Runtime& rt, SetObject* so, const Value& other_v) {
  Value self_v = Value::borrow(so);
  if (other_v.is(self_v)) return set_copy(rt, self_v);
  Value result = make_new_set(rt, basetype_of(rt, so->type), nullptr);
  if (!result) return nullptr;
  SetObject* res = as_set(result);
  if (is_anyset(rt, other_v)) {
    SetObject* a = so;
    SetObject* b = as_set(other_v);
    Value keep_a = self_v, keep_b = other_v;
    if (b->used > a->used) std::swap(a, b);
    // Iterate the smaller (b), look up in the larger (a).
    for (int64_t pos = 0;;) {
      SetEntry* e;
      if (!set_next(b, &pos, &e)) break;
      Value key = e->key;
      int64_t h = e->hash;
      int rv = set_contains_entry(rt, a, key, h);
      if (rv < 0) return nullptr;
      if (rv && set_add_entry(rt, res, key, h) < 0) return nullptr;
    }
    return result;
  }
  Value it = iter(rt, other_v);
  if (!it) return nullptr;
  for (;;) {
    Value key = next(rt, it);
    if (!key) {
      if (rt.has_error()) return nullptr;
      break;
    }
    int64_t h;
    if (!hash(rt, key, &h)) return nullptr;
    int rv = set_contains_entry(rt, so, key, h);
    if (rv < 0) return nullptr;
    if (rv) {
      if (set_add_entry(rt, res, key, h) < 0) return nullptr;
      if (res->used >= so->used) break;
    }
  }
  return result;
}

bool set_difference_update(Runtime& rt, SetObject* so, const Value& other) {
  if (other.is_obj() && other.obj() == so) {
    set_clear_internal(rt, so);
    return true;
  }
  if (is_anyset(rt, other)) {
    Value o = other;
    if ((as_set(other)->used >> 3) > so->used) {
      o = set_intersection(rt, so, other);
      if (!o) return false;
    }
    SetObject* os = as_set(o);
    for (int64_t pos = 0;;) {
      SetEntry* e;
      if (!set_next(os, &pos, &e)) break;
      Value key = e->key;
      if (set_discard_entry(rt, so, key, e->hash) < 0) return false;
    }
  } else {
    Value it = iter(rt, other);
    if (!it) return false;
    for (;;) {
      Value key = next(rt, it);
      if (!key) {
        if (rt.has_error()) return false;
        break;
      }
      if (set_discard_key(rt, so, key) < 0) return false;
    }
  }
  // More than 1/4 dummies: resize them away.
  if (static_cast<uint64_t>(so->fill - so->used) <= static_cast<uint64_t>(so->mask) / 4) return true;
  set_table_resize(rt, so, so->used > 50000 ? so->used * 2 : so->used * 4);
  return true;
}

bool set_symmetric_difference_update(Runtime& rt, SetObject* so, const Value& other) {
  if (other.is_obj() && other.obj() == so) {
    set_clear_internal(rt, so);
    return true;
  }
  if (other.is_obj() && other.obj()->type == rt.t.dict) {
    DictObject* d = as_dict(other);
    for (int64_t pos = 0;;) {
      DictEntry* e;
      if (!dict_next(d, &pos, &e)) break;
      Value key = e->key;
      int64_t h = e->hash;
      int rv = set_discard_entry(rt, so, key, h);
      if (rv < 0) return false;
      if (rv == 0 && set_add_entry(rt, so, key, h) < 0) return false;
    }
    return true;
  }
  Value otherset;
  if (is_anyset(rt, other)) {
    otherset = other;
  } else {
    otherset = make_new_set(rt, basetype_of(rt, so->type), other);
    if (!otherset) return false;
  }
  SetObject* os = as_set(otherset);
  for (int64_t pos = 0;;) {
    SetEntry* e;
    if (!set_next(os, &pos, &e)) break;
    Value key = e->key;
    int64_t h = e->hash;
    int rv = set_discard_entry(rt, so, key, h);
    if (rv < 0) return false;
    if (rv == 0 && set_add_entry(rt, so, key, h) < 0) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Set algebra (new sets)

static Value set_copy_and_difference(Runtime& rt, const Value& so, const Value& other) {
  Value result = set_copy(rt, so);
  if (!result) return nullptr;
  if (!set_difference_update(rt, as_set(result), other)) return nullptr;
  return result;
}

static Value set_difference(Runtime& rt, const Value& so_v, const Value& other) {
  SetObject* so = as_set(so_v);
  int64_t other_size;
  bool other_is_dict = other.is_obj() && other.obj()->type == rt.t.dict;
  if (is_anyset(rt, other)) {
    other_size = as_set(other)->used;
  } else if (other_is_dict) {
    other_size = as_dict(other)->used;
  } else {
    return set_copy_and_difference(rt, so_v, other);
  }
  if ((so->used >> 2) > other_size) return set_copy_and_difference(rt, so_v, other);
  Value result = make_new_set(rt, basetype_of(rt, so->type), nullptr);
  if (!result) return nullptr;
  SetObject* res = as_set(result);
  for (int64_t pos = 0;;) {
    SetEntry* e;
    if (!set_next(so, &pos, &e)) break;
    Value key = e->key;
    int64_t h = e->hash;
    int rv = other_is_dict ? dict_contains_hashed(rt, as_dict(other), key, h)
                           : set_contains_entry(rt, as_set(other), key, h);
    if (rv < 0) return nullptr;
    if (!rv && set_add_entry(rt, res, key, h) < 0) return nullptr;
  }
  return result;
}

static Value set_symmetric_difference(Runtime& rt, const Value& so, const Value& other) {
  Value otherset = make_new_set(rt, basetype_of(rt, so.obj()->type), other);
  if (!otherset) return nullptr;
  if (!set_symmetric_difference_update(rt, as_set(otherset), so)) return nullptr;
  return otherset;
}

static Value set_union_one(Runtime& rt, const Value& so, const Value& other) {
  Value result = set_copy(rt, so);
  if (!result) return nullptr;
  if (so.is(other)) return result;
  if (set_update_internal(rt, as_set(result), other) < 0) return nullptr;
  return result;
}

// 1/0/-1: every item of so is in other.
static int set_issubset_impl(Runtime& rt, const Value& so_v, const Value& other) {
  if (!is_anyset(rt, other)) {
    Value tmp = make_new_set(rt, rt.t.set, other);
    if (!tmp) return -1;
    return set_issubset_impl(rt, so_v, tmp);
  }
  SetObject* so = as_set(so_v);
  SetObject* os = as_set(other);
  if (so->used > os->used) return 0;
  for (int64_t pos = 0;;) {
    SetEntry* e;
    if (!set_next(so, &pos, &e)) break;
    Value key = e->key;
    int rv = set_contains_entry(rt, os, key, e->hash);
    if (rv <= 0) return rv;
  }
  return 1;
}

static int set_issuperset_impl(Runtime& rt, const Value& so, const Value& other) {
  if (!is_anyset(rt, other)) {
    Value tmp = make_new_set(rt, rt.t.set, other);
    if (!tmp) return -1;
    return set_issubset_impl(rt, tmp, so);
  }
  return set_issubset_impl(rt, other, so);
}

// ---------------------------------------------------------------------------------------------
// Slots

static void set_dealloc(Object* o) {
  auto* so = static_cast<SetObject*>(o);
  for (int64_t i = 0; i <= so->mask; ++i) {
    if (!so->table[i].key.is_null()) so->table[i].key.reset();
  }
  if (so->table != so->smalltable) {
    so->type->rt->heap.free_raw(so->table, static_cast<size_t>(so->mask + 1) * sizeof(SetEntry));
    so->table = so->smalltable;
  }
}

static void set_traverse(Object* o, Visitor& visit) {
  auto* so = static_cast<SetObject*>(o);
  for (int64_t i = 0; i <= so->mask; ++i) visit(so->table[i].key);
}

static void set_gc_clear(Object* o) {
  auto* so = static_cast<SetObject*>(o);
  set_clear_internal(*so->type->rt, so);
}

static Value set_repr(Runtime& rt, const Value& self) {
  SetObject* so = as_set(self);
  const std::string& tname = so->type->name;
  ReprGuard guard(so);
  if (!guard.entered()) return make_str(rt, tname + "(...)");
  if (so->used == 0) return make_str(rt, tname + "()");
  Value keys = list_from_iterable(rt, self);
  if (!keys) return nullptr;
  std::string inner;
  ListObject* l = as_list(keys);
  for (int64_t i = 0; i < l->size; ++i) {
    if (i) inner += ", ";
    if (!append_repr(rt, inner, l->items[i])) return nullptr;
  }
  if (so->type == rt.t.set) return make_str(rt, "{" + inner + "}");
  return make_str(rt, tname + "({" + inner + "})");
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static bool frozenset_hash(Runtime&, const Value& self, int64_t* out) {
  SetObject* so = as_set(self);
  if (so->hash != -1) {
    *out = so->hash;
    return true;
  }
  uint64_t hash = 0;
  for (int64_t i = 0; i <= so->mask; ++i) hash ^= shuffle_bits(static_cast<uint64_t>(so->table[i].hash));
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle_bits(static_cast<uint64_t>(-1));
  hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237UL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713UL;
  so->hash = static_cast<int64_t>(hash);
  *out = so->hash;
  return true;
}

static Value set_compare(Runtime& rt, const Value& v, const Value& w, CmpOp op) {
  if (!is_anyset(rt, v) || !is_anyset(rt, w)) return rt.NotImplemented();
  SetObject* a = as_set(v);
  SetObject* b = as_set(w);
  int r = 0;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      if (a->used != b->used) {
        r = 0;
      } else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) {
        r = 0;
      } else {
        r = set_issubset_impl(rt, v, w);
      }
      if (r < 0) return nullptr;
      return rt.Bool(op == CmpOp::Eq ? r : !r);
    case CmpOp::Le: r = set_issubset_impl(rt, v, w); break;
    case CmpOp::Ge: r = set_issuperset_impl(rt, v, w); break;
    case CmpOp::Lt:
      if (a->used >= b->used) return rt.False();
      r = set_issubset_impl(rt, v, w);
      break;
    case CmpOp::Gt:
      if (a->used <= b->used) return rt.False();
      r = set_issuperset_impl(rt, v, w);
      break;
  }
  if (r < 0) return nullptr;
  return rt.Bool(r);
}

static int64_t set_len(Runtime&, const Value& self) { return as_set(self)->used; }

// Membership with CPython's retry: an unhashable set key is looked up as a frozenset.
static int set_contains_retry(Runtime& rt, SetObject* so, const Value& key) {
  int rv = set_contains_key(rt, so, key);
  if (rv < 0) {
    if (!(key.is_obj() && is_subtype(key.obj()->type, rt.t.set)) || !rt.error_matches(rt.t.TypeError)) return -1;
    rt.clear_error();
    Value tmp = make_new_set(rt, rt.t.frozenset, key);
    if (!tmp) return -1;
    rv = set_contains_key(rt, so, tmp);
  }
  return rv;
}

static int set_contains_slot(Runtime& rt, const Value& self, const Value& key) {
  return set_contains_retry(rt, as_set(self), key);
}

static int set_discard_retry(Runtime& rt, SetObject* so, const Value& key) {
  int rv = set_discard_key(rt, so, key);
  if (rv < 0) {
    if (!(key.is_obj() && is_subtype(key.obj()->type, rt.t.set)) || !rt.error_matches(rt.t.TypeError)) return -1;
    rt.clear_error();
    Value tmp = make_new_set(rt, rt.t.frozenset, key);
    if (!tmp) return -1;
    rv = set_discard_key(rt, so, tmp);
  }
  return rv;
}

// --- iterator ---

namespace {
struct SetIterObject : Object {
  Value set;  // null once exhausted
  int64_t used;
  int64_t pos;
  int64_t len;
};
}  // namespace

static Value set_iter(Runtime& rt, const Value& self) {
  auto* it = alloc<SetIterObject>(rt, rt.t.set_iterator);
  it->set = self;
  it->used = as_set(self)->used;
  it->pos = 0;
  it->len = it->used;
  gc_track(rt, it);
  return Value::steal(it);
}

static Value setiter_next(Runtime& rt, const Value& self) {
  auto* it = static_cast<SetIterObject*>(self.obj());
  if (!it->set) return nullptr;
  SetObject* so = as_set(it->set);
  if (it->used != so->used) {
    it->used = -1;
    return rt.raise(rt.t.RuntimeError, "Set changed size during iteration");
  }
  int64_t i = it->pos;
  while (i <= so->mask && !is_live(so->table[i])) ++i;
  it->pos = i + 1;
  if (i > so->mask) {
    it->set.reset();
    return nullptr;
  }
  --it->len;
  return so->table[i].key;
}

static void setiter_dealloc(Object* o) { static_cast<SetIterObject*>(o)->set.reset(); }
static void setiter_traverse(Object* o, Visitor& visit) { visit(static_cast<SetIterObject*>(o)->set); }
static Value self_iter(Runtime&, const Value& self) { return self; }

static Value setiter_length_hint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__length_hint__", 0, 0)) return nullptr;
  auto* it = static_cast<SetIterObject*>(self.obj());
  if (it->set && it->used == as_set(it->set)->used) return Value::small(it->len);
  return Value::small(0);
}

static const MethodDef kSetIterMethods[] = {
    {"__length_hint__", setiter_length_hint},
    {nullptr, nullptr},
};

// --- operators ---

static Value set_or(Runtime& rt, const Value& a, const Value& b) {
  if (!is_anyset(rt, a) || !is_anyset(rt, b)) return rt.NotImplemented();
  return set_union_one(rt, a, b);
}
static Value set_and(Runtime& rt, const Value& a, const Value& b) {
  if (!is_anyset(rt, a) || !is_anyset(rt, b)) return rt.NotImplemented();
  return set_intersection(rt, as_set(a), b);
}
static Value set_sub(Runtime& rt, const Value& a, const Value& b) {
  if (!is_anyset(rt, a) || !is_anyset(rt, b)) return rt.NotImplemented();
  return set_difference(rt, a, b);
}
static Value set_xor(Runtime& rt, const Value& a, const Value& b) {
  if (!is_anyset(rt, a) || !is_anyset(rt, b)) return rt.NotImplemented();
  return set_symmetric_difference(rt, a, b);
}
static Value set_ior(Runtime& rt, const Value& a, const Value& b) {
  if (!is_anyset(rt, b)) return rt.NotImplemented();
  if (set_update_internal(rt, as_set(a), b) < 0) return nullptr;
  return a;
}
static Value set_iand(Runtime& rt, const Value& a, const Value& b) {
  if (!is_anyset(rt, b)) return rt.NotImplemented();
  Value tmp = set_intersection(rt, as_set(a), b);
  if (!tmp) return nullptr;
  set_swap_bodies(rt, as_set(a), as_set(tmp));
  return a;
}
static Value set_isub(Runtime& rt, const Value& a, const Value& b) {
  if (!is_anyset(rt, b)) return rt.NotImplemented();
  if (!set_difference_update(rt, as_set(a), b)) return nullptr;
  return a;
}
static Value set_ixor(Runtime& rt, const Value& a, const Value& b) {
  if (!is_anyset(rt, b)) return rt.NotImplemented();
  if (!set_symmetric_difference_update(rt, as_set(a), b)) return nullptr;
  return a;
}

// --- construction ---

static Value set_new(Runtime& rt, TypeObject* type, CallArgs) { return make_new_set(rt, type, nullptr); }

static bool set_init(Runtime& rt, const Value& self, CallArgs args) {
  TypeObject* t = self.obj()->type;
  if (!no_kwargs(rt, args, "set")) return false;
  if (args.nargs > 1) {
    rt.raise(rt.t.TypeError, t->name + " expected at most 1 argument, got " + std::to_string(args.nargs));
    return false;
  }
  SetObject* so = as_set(self);
  if (so->fill) set_clear_internal(rt, so);
  so->hash = -1;
  if (args.nargs == 0) return true;
  return set_update_internal(rt, so, args[0]) == 0;
}

static Value frozenset_new(Runtime& rt, TypeObject* type, CallArgs args) {
  if ((type == rt.t.frozenset || type->slots.init == rt.t.frozenset->slots.init) &&
      !no_kwargs(rt, args, "frozenset")) {
    return nullptr;
  }
  if (args.nargs > 1) {
    return rt.raise(rt.t.TypeError, type->name + " expected at most 1 argument, got " + std::to_string(args.nargs));
  }
  Value iterable = args.nargs ? args[0] : Value();
  if (type == rt.t.frozenset && iterable && iterable.is_obj() && iterable.obj()->type == rt.t.frozenset) {
    return iterable;
  }
  return make_new_set(rt, type, iterable);
}

// --- methods ---

static Value m_add(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "set.add", 1, 1)) return nullptr;
  if (set_add_key(rt, as_set(self), args[0]) < 0) return nullptr;
  return rt.None();
}

static Value m_clear(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "set.clear", 0, 0)) return nullptr;
  set_clear_internal(rt, as_set(self));
  return rt.None();
}

static Value m_copy(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "set.copy", 0, 0)) return nullptr;
  return set_copy(rt, self);
}

static Value m_frozenset_copy(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "frozenset.copy", 0, 0)) return nullptr;
  if (self.obj()->type == rt.t.frozenset) return self;
  return set_copy(rt, self);
}

static Value m_discard(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "set.discard", 1, 1)) return nullptr;
  if (set_discard_retry(rt, as_set(self), args[0]) < 0) return nullptr;
  return rt.None();
}

static Value m_remove(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "set.remove", 1, 1)) return nullptr;
  int rv = set_discard_retry(rt, as_set(self), args[0]);
  if (rv < 0) return nullptr;
  if (rv == 0) return raise_key_error(rt, args[0]);
  return rt.None();
}

static Value m_pop(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "set.pop", 0, 0)) return nullptr;
  return set_pop(rt, as_set(self));
}

static const char* qualified(const Runtime& rt, const Value& self, const char* set_name, const char* fs_name) {
  return is_subtype(self.obj()->type, rt.t.set) ? set_name : fs_name;
}

static Value m_update(Runtime& rt, const Value& self, CallArgs args) {
  if (!no_kwargs(rt, args, "set.update")) return nullptr;
  for (size_t i = 0; i < args.nargs; ++i) {
    if (set_update_internal(rt, as_set(self), args[i]) < 0) return nullptr;
  }
  return rt.None();
}

static Value m_union(Runtime& rt, const Value& self, CallArgs args) {
  if (!no_kwargs(rt, args, qualified(rt, self, "set.union", "frozenset.union"))) return nullptr;
  Value result = set_copy(rt, self);
  if (!result) return nullptr;
  for (size_t i = 0; i < args.nargs; ++i) {
    if (args[i].is(self)) continue;
    if (set_update_internal(rt, as_set(result), args[i]) < 0) return nullptr;
  }
  return result;
}

static Value intersection_multi(Runtime& rt, const Value& self, CallArgs args) {
  if (args.nargs == 0) return set_copy(rt, self);
  Value result = self;
  for (size_t i = 0; i < args.nargs; ++i) {
    Value next_result = set_intersection(rt, as_set(result), args[i]);
    if (!next_result) return nullptr;
    result = std::move(next_result);
  }
  return result;
}

static Value m_intersection(Runtime& rt, const Value& self, CallArgs args) {
  if (!no_kwargs(rt, args, qualified(rt, self, "set.intersection", "frozenset.intersection"))) return nullptr;
  return intersection_multi(rt, self, args);
}

static Value m_intersection_update(Runtime& rt, const Value& self, CallArgs args) {
  if (!no_kwargs(rt, args, "set.intersection_update")) return nullptr;
  Value tmp = intersection_multi(rt, self, args);
  if (!tmp) return nullptr;
  if (!tmp.is(self)) set_swap_bodies(rt, as_set(self), as_set(tmp));
  return rt.None();
}

static Value m_difference(Runtime& rt, const Value& self, CallArgs args) {
  if (!no_kwargs(rt, args, qualified(rt, self, "set.difference", "frozenset.difference"))) return nullptr;
  if (args.nargs == 0) return set_copy(rt, self);
  Value result = set_difference(rt, self, args[0]);
  if (!result) return nullptr;
  for (size_t i = 1; i < args.nargs; ++i) {
    if (!set_difference_update(rt, as_set(result), args[i])) return nullptr;
  }
  return result;
}

static Value m_difference_update(Runtime& rt, const Value& self, CallArgs args) {
  if (!no_kwargs(rt, args, "set.difference_update")) return nullptr;
  for (size_t i = 0; i < args.nargs; ++i) {
    if (!set_difference_update(rt, as_set(self), args[i])) return nullptr;
  }
  return rt.None();
}

static Value m_symmetric_difference(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, qualified(rt, self, "set.symmetric_difference", "frozenset.symmetric_difference"), 1, 1)) {
    return nullptr;
  }
  return set_symmetric_difference(rt, self, args[0]);
}

static Value m_symmetric_difference_update(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "set.symmetric_difference_update", 1, 1)) return nullptr;
  if (!set_symmetric_difference_update(rt, as_set(self), args[0])) return nullptr;
  return rt.None();
}

static Value m_issubset(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, qualified(rt, self, "set.issubset", "frozenset.issubset"), 1, 1)) return nullptr;
  int r = set_issubset_impl(rt, self, args[0]);
  if (r < 0) return nullptr;
  return rt.Bool(r);
}

static Value m_issuperset(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, qualified(rt, self, "set.issuperset", "frozenset.issuperset"), 1, 1)) return nullptr;
  int r = set_issuperset_impl(rt, self, args[0]);
  if (r < 0) return nullptr;
  return rt.Bool(r);
}

static Value m_isdisjoint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, qualified(rt, self, "set.isdisjoint", "frozenset.isdisjoint"), 1, 1)) return nullptr;
  const Value& other = args[0];
  SetObject* so = as_set(self);
  if (other.is(self)) return rt.Bool(so->used == 0);
  if (other.is_obj() && (other.obj()->type == rt.t.set || other.obj()->type == rt.t.frozenset)) {
    SetObject* a = so;
    SetObject* b = as_set(other);
    if (b->used > a->used) std::swap(a, b);
    for (int64_t pos = 0;;) {
      SetEntry* e;
      if (!set_next(b, &pos, &e)) break;
      Value key = e->key;
      int rv = set_contains_entry(rt, a, key, e->hash);
      if (rv < 0) return nullptr;
      if (rv) return rt.False();
    }
    return rt.True();
  }
  Value it = iter(rt, other);
  if (!it) return nullptr;
  for (;;) {
    Value key = next(rt, it);
    if (!key) {
      if (rt.has_error()) return nullptr;
      return rt.True();
    }
    int rv = set_contains_key(rt, so, key);
    if (rv < 0) return nullptr;
    if (rv) return rt.False();
  }
}

static Value m_contains(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, qualified(rt, self, "set.__contains__", "frozenset.__contains__"), 1, 1)) return nullptr;
  int r = set_contains_retry(rt, as_set(self), args[0]);
  if (r < 0) return nullptr;
  return rt.Bool(r);
}

static Value m_sizeof(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__sizeof__", 0, 0)) return nullptr;
  SetObject* so = as_set(self);
  int64_t n = 200;
  if (so->table != so->smalltable) n += (so->mask + 1) * 16;
  return Value::small(n);
}

static Value m_reduce(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__reduce__", 0, 0)) return nullptr;
  Value keys = list_from_iterable(rt, self);
  if (!keys) return nullptr;
  Value state = rt.None();
  if (self.obj()->type->flags & kTypeHasDict) {
    Value d = *instance_dict_slot(self.obj());
    if (d) state = d;
  }
  return make_tuple(rt, {Value::borrow(self.obj()->type), make_tuple(rt, {keys}), state});
}

static const MethodDef kSetMethods[] = {
    {"add", m_add},
    {"clear", m_clear},
    {"__contains__", m_contains},
    {"copy", m_copy},
    {"discard", m_discard},
    {"difference", m_difference},
    {"difference_update", m_difference_update},
    {"intersection", m_intersection},
    {"intersection_update", m_intersection_update},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"pop", m_pop},
    {"__reduce__", m_reduce},
    {"remove", m_remove},
    {"__sizeof__", m_sizeof},
    {"symmetric_difference", m_symmetric_difference},
    {"symmetric_difference_update", m_symmetric_difference_update},
    {"union", m_union},
    {"update", m_update},
    {"__class_getitem__", container_class_getitem, kMethClass},
    {nullptr, nullptr},
};

static const MethodDef kFrozenSetMethods[] = {
    {"__contains__", m_contains},
    {"copy", m_frozenset_copy},
    {"difference", m_difference},
    {"intersection", m_intersection},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"__reduce__", m_reduce},
    {"__sizeof__", m_sizeof},
    {"symmetric_difference", m_symmetric_difference},
    {"union", m_union},
    {"__class_getitem__", container_class_getitem, kMethClass},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------

void init_set_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = set_dealloc;
  s.traverse = set_traverse;
  s.clear = set_gc_clear;
  s.repr = set_repr;
  s.hash = hash_not_implemented;
  s.compare = set_compare;
  s.len = set_len;
  s.contains = set_contains_slot;
  s.iter = set_iter;
  s.new_ = set_new;
  s.init = set_init;
  s.binop[static_cast<int>(BinOp::Sub)] = set_sub;
  s.binop[static_cast<int>(BinOp::And)] = set_and;
  s.binop[static_cast<int>(BinOp::Xor)] = set_xor;
  s.binop[static_cast<int>(BinOp::Or)] = set_or;
  TypeSlots f = s;
  s.inplace[static_cast<int>(BinOp::Sub)] = set_isub;
  s.inplace[static_cast<int>(BinOp::And)] = set_iand;
  s.inplace[static_cast<int>(BinOp::Xor)] = set_ixor;
  s.inplace[static_cast<int>(BinOp::Or)] = set_ior;
  rt.t.set = make_builtin_type(rt, TypeSpec{"set", nullptr, sizeof(SetObject), kTypeGc | kTypeBaseType, kSetMethods}, s);

  f.hash = frozenset_hash;
  f.new_ = frozenset_new;
  f.init = nullptr;  // object.__init__
  rt.t.frozenset = make_builtin_type(
      rt, TypeSpec{"frozenset", nullptr, sizeof(SetObject), kTypeGc | kTypeBaseType, kFrozenSetMethods}, f);

  TypeSlots it;
  it.dealloc = setiter_dealloc;
  it.traverse = setiter_traverse;
  it.iter = self_iter;
  it.next = setiter_next;
  rt.t.set_iterator = make_builtin_type(
      rt, TypeSpec{"set_iterator", nullptr, sizeof(SetIterObject), kTypeGc, kSetIterMethods}, it);
}

}  // namespace ls
