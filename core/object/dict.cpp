// dict: CPython's compact, insertion-ordered hash table. An index table of int32 slots (-1 empty,
// -2 deleted, else an entry number) points into a dense array of (hash, key, value) entries kept
// in insertion order; both live in one heap block. Probing is CPython's (i = 5*i + perturb + 1),
// sizes are powers of two with 2/3 of the table usable, growth is to used*3.
//
// A user-defined __eq__ may run during a lookup and mutate the dict: lookups notice (the entry
// block or the entry changed) and restart, like CPython's.
#include "object/dict.hpp"

#include <cstring>
#include <string>
#include <vector>

#include "object/class.hpp"
#include "object/container_util.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// Dict versions come from one runtime-wide counter: a version identifies one state of one dict,
// so an inline cache keyed on (globals version, builtins version) never matches another dict.
static inline uint64_t next_version(DictObject* d) { return d->type->rt->next_dict_version++; }

Value container_class_getitem(Runtime& rt, const Value& cls, CallArgs args);  // tuple.cpp
Value make_dict_view(Runtime& rt, const Value& dict, TypeObject* type);         // dict_views.cpp
Value make_dict_iterator(Runtime& rt, const Value& dict, TypeObject* type, bool reversed);  // dict_views.cpp
void init_dict_view_types(Runtime& rt);                                          // dict_views.cpp

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr int64_t kNotFound = -1;
constexpr int64_t kError = -2;
constexpr int64_t kMinSize = 8;

inline int64_t usable_for(int64_t size) { return (size << 1) / 3; }

inline size_t block_bytes(int64_t size, int64_t cap) {
  return static_cast<size_t>(size) * sizeof(int32_t) + static_cast<size_t>(cap) * sizeof(DictEntry);
}

inline size_t dict_block_bytes(const DictObject* d) {
  return d->index ? block_bytes(d->mask + 1, d->capacity) : 0;
}

int64_t pow2_at_least(int64_t n) {
  int64_t size = kMinSize;
  while (size < n) size <<= 1;
  return size;
}

inline bool is_exact_str(const Value& v, const TypeObject* str_type) {
  return v.is_obj() && v.obj()->type == str_type;
}

// Key hash with the str fast path.
inline bool key_hash(Runtime& rt, const Value& key, int64_t* out) {
  if (key.is_obj() && key.obj()->type == rt.t.str) {
    *out = str_hash(as_str(key));
    return true;
  }
  return hash(rt, key, out);
}

// Rebuilds the table with `newsize` index slots, compacting the live entries.
void dict_resize(Runtime& rt, DictObject* d, int64_t newsize) {
  int64_t cap = usable_for(newsize);
  size_t bytes = block_bytes(newsize, cap);
  char* block = static_cast<char*>(rt.heap.alloc_raw(bytes));
  auto* index = reinterpret_cast<int32_t*>(block);
  auto* entries = reinterpret_cast<DictEntry*>(block + static_cast<size_t>(newsize) * sizeof(int32_t));
  std::memset(index, 0xff, static_cast<size_t>(newsize) * sizeof(int32_t));  // kEmpty
  std::memset(static_cast<void*>(entries), 0, static_cast<size_t>(cap) * sizeof(DictEntry));
  uint64_t mask = static_cast<uint64_t>(newsize - 1);
  int64_t n = 0;
  DictEntry* old = d->entries;
  for (int64_t i = 0; i < d->nentries; ++i) {
    DictEntry& e = old[i];
    if (e.key.is_null()) continue;
    // Values are relocated bitwise (their counts do not change).
    std::memcpy(static_cast<void*>(&entries[n]), &e, sizeof(DictEntry));
    uint64_t h = static_cast<uint64_t>(e.hash);
    uint64_t j = h & mask;
    for (uint64_t perturb = h; index[j] != kEmpty;) {
      perturb >>= 5;
      j = (j * 5 + perturb + 1) & mask;
    }
    index[j] = static_cast<int32_t>(n);
    ++n;
  }
  if (d->index) rt.heap.free_raw(d->index, dict_block_bytes(d));  // entries were moved, not copied
  d->index = index;
  d->entries = entries;
  d->mask = newsize - 1;
  d->capacity = cap;
  d->nentries = n;
  d->usable = cap - n;
}

inline void grow(Runtime& rt, DictObject* d) { dict_resize(rt, d, pow2_at_least(d->used * 3)); }

// First free (empty or deleted) index slot on the probe sequence of `hash`.
inline uint64_t find_empty_slot(DictObject* d, int64_t hash) {
  uint64_t mask = static_cast<uint64_t>(d->mask);
  uint64_t h = static_cast<uint64_t>(hash);
  uint64_t i = h & mask;
  for (uint64_t perturb = h; d->index[i] >= 0;) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Index slot holding entry `ix`.
inline uint64_t slot_of_entry(DictObject* d, int64_t hash, int64_t ix) {
  uint64_t mask = static_cast<uint64_t>(d->mask);
  uint64_t h = static_cast<uint64_t>(hash);
  uint64_t i = h & mask;
  for (uint64_t perturb = h; d->index[i] != ix;) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Lookup with a str key and no user code: interned pointer equality, then hash + bytes.
inline int64_t lookup_str(DictObject* d, StrObject* key, int64_t hash) {
  if (!d->index) return kNotFound;
  uint64_t mask = static_cast<uint64_t>(d->mask);
  uint64_t h = static_cast<uint64_t>(hash);
  uint64_t i = h & mask;
  const int32_t* index = d->index;
  DictEntry* entries = d->entries;
  for (uint64_t perturb = h;;) {
    int32_t ix = index[i];
    if (ix == kEmpty) return kNotFound;
    if (ix >= 0) {
      DictEntry& e = entries[ix];
      if (e.key.obj() == key) return ix;
      if (e.hash == hash && e.key.is_obj() && (e.key.obj()->type->flags & kTypeStrSubclass) &&
          str_equal(as_str(e.key), key)) {
        return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// General lookup: the entry number, kNotFound, or kError (exception pending).
int64_t lookup(Runtime& rt, DictObject* d, const Value& key, int64_t hash) {
  if (is_exact_str(key, rt.t.str)) {
    // Exact str keys only ever equal str keys (whose __eq__ is str's).
    StrObject* s = as_str(key);
    if (!d->index) return kNotFound;
    uint64_t mask = static_cast<uint64_t>(d->mask);
    uint64_t h = static_cast<uint64_t>(hash);
    uint64_t i = h & mask;
    for (uint64_t perturb = h;;) {
      int32_t ix = d->index[i];
      if (ix == kEmpty) return kNotFound;
      if (ix >= 0) {
        DictEntry& e = d->entries[ix];
        if (e.key.obj() == s) return ix;
        if (e.hash == hash && e.key.is_obj()) {
          TypeObject* kt = e.key.obj()->type;
          if (kt == rt.t.str) {
            if (str_equal(as_str(e.key), s)) return ix;
          } else {
            goto general;  // a str subclass or other object with a custom __eq__
          }
        }
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
general:
  for (;;) {
    if (!d->index) return kNotFound;
    uint64_t mask = static_cast<uint64_t>(d->mask);
    uint64_t h = static_cast<uint64_t>(hash);
    uint64_t i = h & mask;
    bool restart = false;
    for (uint64_t perturb = h;;) {
      int32_t ix = d->index[i];
      if (ix == kEmpty) return kNotFound;
      if (ix >= 0) {
        DictEntry* e = &d->entries[ix];
        if (e->key.is(key)) return ix;
        if (e->hash == hash) {
          if (e->key.is_small() && key.is_small()) {
            // distinct small ints are never equal
          } else {
            Value startkey = e->key;
            DictEntry* entries = d->entries;
            int cmp = rich_compare_bool(rt, startkey, key, CmpOp::Eq);
            if (cmp < 0) return kError;
            if (entries != d->entries || ix >= d->nentries || !d->entries[ix].key.is(startkey)) {
              restart = true;
              break;
            }
            if (cmp > 0) return ix;
          }
        }
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (!restart) return kNotFound;
  }
}

// Appends a new entry (the key is known to be absent).
inline void insert_new(Runtime& rt, DictObject* d, Value key, int64_t hash, Value value) {
  if (d->usable <= 0) grow(rt, d);
  uint64_t slot = find_empty_slot(d, hash);
  int64_t n = d->nentries;
  DictEntry& e = d->entries[n];
  e.hash = hash;
  e.key = std::move(key);
  e.value = std::move(value);
  d->index[slot] = static_cast<int32_t>(n);
  d->nentries = n + 1;
  --d->usable;
  ++d->used;
  d->version = next_version(d);
}

// Removes entry `ix`; the key and value are released after the dict is consistent.
void delete_entry(DictObject* d, int64_t ix) {
  DictEntry& e = d->entries[ix];
  uint64_t slot = slot_of_entry(d, e.hash, ix);
  d->index[slot] = kDummy;
  Value k = std::move(e.key);
  Value v = std::move(e.value);
  --d->used;
  d->version = next_version(d);
}

DictObject* alloc_dict(Runtime& rt, TypeObject* type) {
  auto* d = alloc<DictObject>(rt, type);
  d->used = 0;
  d->nentries = 0;
  d->capacity = 0;
  d->mask = 0;
  d->index = nullptr;
  d->entries = nullptr;
  d->version = rt.next_dict_version++;
  d->usable = 0;
  return d;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// C++ API

Ref<DictObject> new_dict(Runtime& rt, int64_t reserve) {
  DictObject* d = alloc_dict(rt, rt.t.dict);
  if (reserve > 0) dict_resize(rt, d, pow2_at_least((reserve * 3 + 1) >> 1));
  gc_track(rt, d);
  return Ref<DictObject>::steal(d);
}

Value* dict_lookup_str(DictObject* d, StrObject* key) {
  if (!d->index) return nullptr;
  int64_t h = key->hash;
  if (h == -1) h = str_hash(key);
  int64_t ix = lookup_str(d, key, h);
  return ix >= 0 ? &d->entries[ix].value : nullptr;
}

int64_t dict_index_str(DictObject* d, StrObject* key) {
  if (!d->index) return -1;
  int64_t h = key->hash;
  if (h == -1) h = str_hash(key);
  int64_t ix = lookup_str(d, key, h);
  return ix >= 0 ? ix : -1;
}

Value dict_get_str(DictObject* d, StrObject* key) {
  Value* v = dict_lookup_str(d, key);
  return v ? *v : Value();
}

Value dict_get_hashed(Runtime& rt, DictObject* d, const Value& key, int64_t hash) {
  int64_t ix = lookup(rt, d, key, hash);
  if (ix < 0) return nullptr;
  return d->entries[ix].value;
}

Value dict_get(Runtime& rt, DictObject* d, const Value& key) {
  int64_t h;
  if (!key_hash(rt, key, &h)) return nullptr;
  return dict_get_hashed(rt, d, key, h);
}

int dict_contains_hashed(Runtime& rt, DictObject* d, const Value& key, int64_t hash) {
  int64_t ix = lookup(rt, d, key, hash);
  if (ix == kError) return -1;
  return ix >= 0;
}

int dict_contains(Runtime& rt, DictObject* d, const Value& key) {
  int64_t h;
  if (!key_hash(rt, key, &h)) return -1;
  return dict_contains_hashed(rt, d, key, h);
}

bool dict_set_hashed(Runtime& rt, DictObject* d, Value key, int64_t hash, Value value) {
  int64_t ix = lookup(rt, d, key, hash);
  if (ix == kError) return false;
  if (ix >= 0) {
    Value old = std::move(d->entries[ix].value);
    d->entries[ix].value = std::move(value);
    d->version = next_version(d);
    return true;
  }
  insert_new(rt, d, std::move(key), hash, std::move(value));
  return true;
}

bool dict_set(Runtime& rt, DictObject* d, Value key, Value value) {
  int64_t h;
  if (!key_hash(rt, key, &h)) return false;
  return dict_set_hashed(rt, d, std::move(key), h, std::move(value));
}

bool dict_set_str(Runtime& rt, DictObject* d, StrObject* key, Value value) {
  int64_t h = key->hash;
  if (h == -1) h = str_hash(key);
  int64_t ix = lookup_str(d, key, h);
  if (ix >= 0) {
    Value old = std::move(d->entries[ix].value);
    d->entries[ix].value = std::move(value);
    d->version = next_version(d);
    return true;
  }
  insert_new(rt, d, Value::borrow(key), h, std::move(value));
  return true;
}

int dict_del_hashed(Runtime& rt, DictObject* d, const Value& key, int64_t hash) {
  int64_t ix = lookup(rt, d, key, hash);
  if (ix == kError) return -1;
  if (ix == kNotFound) return 0;
  delete_entry(d, ix);
  return 1;
}

int dict_del(Runtime& rt, DictObject* d, const Value& key) {
  int64_t h;
  if (!key_hash(rt, key, &h)) return -1;
  return dict_del_hashed(rt, d, key, h);
}

int dict_del_str(Runtime&, DictObject* d, StrObject* key) {
  int64_t h = key->hash;
  if (h == -1) h = str_hash(key);
  int64_t ix = lookup_str(d, key, h);
  if (ix < 0) return 0;
  delete_entry(d, ix);
  return 1;
}

Value dict_pop_str(Runtime&, DictObject* d, StrObject* key) {
  int64_t h = key->hash;
  if (h == -1) h = str_hash(key);
  int64_t ix = lookup_str(d, key, h);
  if (ix < 0) return nullptr;
  Value v = d->entries[ix].value;
  delete_entry(d, ix);
  return v;
}

Value dict_pop(Runtime& rt, DictObject* d, const Value& key) {
  int64_t h;
  if (!key_hash(rt, key, &h)) return nullptr;
  int64_t ix = lookup(rt, d, key, h);
  if (ix < 0) return nullptr;
  Value v = d->entries[ix].value;
  delete_entry(d, ix);
  return v;
}

void dict_clear(Runtime& rt, DictObject* d) {
  if (!d->index) {
    d->used = d->nentries = 0;
    return;
  }
  int32_t* index = d->index;
  DictEntry* entries = d->entries;
  int64_t n = d->nentries;
  size_t bytes = dict_block_bytes(d);
  d->index = nullptr;
  d->entries = nullptr;
  d->used = d->nentries = d->capacity = d->mask = d->usable = 0;
  d->version = next_version(d);
  for (int64_t i = 0; i < n; ++i) {
    entries[i].key.reset();
    entries[i].value.reset();
  }
  rt.heap.free_raw(index, bytes);
}

bool dict_next(DictObject* d, int64_t* pos, DictEntry** entry) {
  int64_t i = *pos;
  for (; i < d->nentries; ++i) {
    if (!d->entries[i].key.is_null()) {
      *entry = &d->entries[i];
      *pos = i + 1;
      return true;
    }
  }
  *pos = i;
  return false;
}

// Inserts every entry of dict `other` (CPython's dict_merge for dicts).
static bool merge_dict(Runtime& rt, DictObject* d, DictObject* other, bool override) {
  if (other == d || other->used == 0) return true;
  if (d->used == 0 && override && d->nentries == 0) {
    // Room for everything at once.
    int64_t need = other->used;
    if (d->capacity < need) dict_resize(rt, d, pow2_at_least((need * 3 + 1) >> 1));
  } else if (d->usable < other->used) {
    int64_t need = d->used + other->used;
    dict_resize(rt, d, pow2_at_least((need * 3 + 1) >> 1));
  }
  int64_t orig = other->nentries;
  for (int64_t i = 0; i < other->nentries; ++i) {
    DictEntry& e = other->entries[i];
    if (e.key.is_null()) continue;
    Value key = e.key;
    Value value = e.value;
    int64_t h = e.hash;
    if (override) {
      if (!dict_set_hashed(rt, d, std::move(key), h, std::move(value))) return false;
    } else {
      int r = dict_contains_hashed(rt, d, key, h);
      if (r < 0) return false;
      if (!r && !dict_set_hashed(rt, d, std::move(key), h, std::move(value))) return false;
    }
    if (other->nentries != orig) {
      rt.raise(rt.t.RuntimeError, "dict mutated during update");
      return false;
    }
  }
  return true;
}

// Whether `arg` is a dict whose iteration is dict's own (so its entries can be merged directly).
static bool is_plain_dict(Runtime& rt, const Value& arg) {
  if (!arg.is_obj()) return false;
  TypeObject* t = arg.obj()->type;
  return t == rt.t.dict || ((t->flags & kTypeDictSubclass) && t->slots.iter == rt.t.dict->slots.iter);
}

static bool merge_mapping(Runtime& rt, DictObject* d, const Value& other) {
  if (is_plain_dict(rt, other)) return merge_dict(rt, d, as_dict(other), true);
  Value keys = call_method(rt, other, rt.n.keys, {});
  if (!keys) return false;
  Value it = iter(rt, keys);
  if (!it) return false;
  for (;;) {
    Value k = next(rt, it);
    if (!k) return !rt.has_error();
    Value v = getitem(rt, other, k);
    if (!v) return false;
    if (!dict_set(rt, d, std::move(k), std::move(v))) return false;
  }
}

static bool merge_pairs(Runtime& rt, DictObject* d, const Value& seq) {
  Value it = iter(rt, seq);
  if (!it) return false;
  for (int64_t i = 0;; ++i) {
    Value item = next(rt, it);
    if (!item) return !rt.has_error();
    Value fast;
    TypeObject* t = item.type(rt);
    if (t == rt.t.tuple || t == rt.t.list) {
      fast = item;
    } else {
      fast = list_from_iterable(rt, item);
      if (!fast) {
        if (rt.error_matches(rt.t.TypeError)) {
          rt.clear_error();
          rt.raise(rt.t.TypeError, "cannot convert dictionary update sequence element #" + std::to_string(i) +
                                       " to a sequence");
        }
        return false;
      }
    }
    int64_t n;
    const Value* items;
    if (fast.obj()->type == rt.t.tuple) {
      n = as_tuple(fast)->size;
      items = as_tuple(fast)->items();
    } else {
      n = as_list(fast)->size;
      items = as_list(fast)->items;
    }
    if (n != 2) {
      rt.raise(rt.t.ValueError, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                    std::to_string(n) + "; 2 is required");
      return false;
    }
    Value k = items[0];
    Value v = items[1];
    if (!dict_set(rt, d, std::move(k), std::move(v))) return false;
  }
}

// dict.update(arg) semantics for a single positional argument.
static bool update_arg(Runtime& rt, DictObject* d, const Value& arg) {
  if (is_plain_dict(rt, arg)) return merge_dict(rt, d, as_dict(arg), true);
  int has = hasattr(rt, arg, rt.n.keys);
  if (has < 0) return false;
  if (has) return merge_mapping(rt, d, arg);
  return merge_pairs(rt, d, arg);
}

bool dict_update(Runtime& rt, DictObject* d, const Value& other) { return update_arg(rt, d, other); }

bool dict_merge(Runtime& rt, DictObject* d, const Value& other, bool override) {
  if (is_plain_dict(rt, other)) return merge_dict(rt, d, as_dict(other), override);
  if (override) return merge_mapping(rt, d, other);
  Value keys = call_method(rt, other, rt.n.keys, {});
  if (!keys) return false;
  Value it = iter(rt, keys);
  if (!it) return false;
  for (;;) {
    Value k = next(rt, it);
    if (!k) return !rt.has_error();
    int r = dict_contains(rt, d, k);
    if (r < 0) return false;
    if (r) continue;
    Value v = getitem(rt, other, k);
    if (!v) return false;
    if (!dict_set(rt, d, std::move(k), std::move(v))) return false;
  }
}

Value dict_copy(Runtime& rt, DictObject* d) {
  Ref<DictObject> r = new_dict(rt);
  DictObject* c = r.get();
  if (d->used == 0) return std::move(r).value();
  if (d->used == d->nentries) {
    // No holes: clone the block.
    size_t bytes = dict_block_bytes(d);
    char* block = static_cast<char*>(rt.heap.alloc_raw(bytes));
    std::memcpy(block, d->index, static_cast<size_t>(d->mask + 1) * sizeof(int32_t));
    auto* entries = reinterpret_cast<DictEntry*>(block + static_cast<size_t>(d->mask + 1) * sizeof(int32_t));
    std::memset(static_cast<void*>(entries), 0, static_cast<size_t>(d->capacity) * sizeof(DictEntry));
    for (int64_t i = 0; i < d->nentries; ++i) {
      entries[i].hash = d->entries[i].hash;
      entries[i].key = d->entries[i].key;
      entries[i].value = d->entries[i].value;
    }
    c->index = reinterpret_cast<int32_t*>(block);
    c->entries = entries;
    c->mask = d->mask;
    c->capacity = d->capacity;
    c->nentries = d->nentries;
    c->usable = d->usable;
    c->used = d->used;
    return std::move(r).value();
  }
  dict_resize(rt, c, pow2_at_least((d->used * 3 + 1) >> 1));
  for (int64_t i = 0; i < d->nentries; ++i) {
    DictEntry& e = d->entries[i];
    if (e.key.is_null()) continue;
    insert_new(rt, c, e.key, e.hash, e.value);
  }
  return std::move(r).value();
}

// ---------------------------------------------------------------------------------------------
// Slots

static void dict_dealloc(Object* o) {
  auto* d = static_cast<DictObject*>(o);
  if (!d->index) return;
  for (int64_t i = 0; i < d->nentries; ++i) {
    d->entries[i].key.reset();
    d->entries[i].value.reset();
  }
  d->type->rt->heap.free_raw(d->index, dict_block_bytes(d));
  d->index = nullptr;
  d->entries = nullptr;
}

static void dict_traverse(Object* o, Visitor& visit) {
  auto* d = static_cast<DictObject*>(o);
  for (int64_t i = 0; i < d->nentries; ++i) {
    visit(d->entries[i].key);
    visit(d->entries[i].value);
  }
}

static void dict_gc_clear(Object* o) {
  auto* d = static_cast<DictObject*>(o);
  dict_clear(*d->type->rt, d);
}

static Value dict_repr(Runtime& rt, const Value& self) {
  DictObject* d = as_dict(self);
  if (d->used == 0) return make_str(rt, "{}");
  ReprGuard guard(d);
  if (!guard.entered()) return make_str(rt, "{...}");
  std::string out = "{";
  bool first = true;
  for (int64_t i = 0; i < d->nentries; ++i) {
    if (d->entries[i].key.is_null()) continue;
    Value k = d->entries[i].key;
    Value v = d->entries[i].value;
    if (!first) out += ", ";
    first = false;
    if (!append_repr(rt, out, k)) return nullptr;
    out += ": ";
    if (!append_repr(rt, out, v)) return nullptr;
  }
  out += "}";
  return make_str(rt, out);
}

// 1 equal, 0 not, -1 error (CPython's dict_equal).
static int dict_equal(Runtime& rt, DictObject* a, DictObject* b) {
  if (a->used != b->used) return 0;
  for (int64_t i = 0; i < a->nentries; ++i) {
    if (a->entries[i].key.is_null()) continue;
    Value key = a->entries[i].key;
    Value aval = a->entries[i].value;
    int64_t h = a->entries[i].hash;
    int64_t ix = lookup(rt, b, key, h);
    if (ix == kError) return -1;
    if (ix == kNotFound) return 0;
    Value bval = b->entries[ix].value;
    int cmp = rich_compare_bool(rt, aval, bval, CmpOp::Eq);
    if (cmp <= 0) return cmp;
  }
  return 1;
}

static Value dict_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (!isinstance(rt, a, rt.t.dict) || !isinstance(rt, b, rt.t.dict)) return rt.NotImplemented();
  if (op != CmpOp::Eq && op != CmpOp::Ne) return rt.NotImplemented();
  int r = dict_equal(rt, as_dict(a), as_dict(b));
  if (r < 0) return nullptr;
  return rt.Bool((r == 1) == (op == CmpOp::Eq));
}

static int64_t dict_len(Runtime&, const Value& self) { return as_dict(self)->used; }

static Value dict_getitem(Runtime& rt, const Value& self, const Value& key) {
  DictObject* d = as_dict(self);
  int64_t h;
  if (!key_hash(rt, key, &h)) return nullptr;
  int64_t ix = lookup(rt, d, key, h);
  if (ix >= 0) return d->entries[ix].value;
  if (ix == kError) return nullptr;
  TypeObject* t = self.obj()->type;
  if (t != rt.t.dict) {
    Object* missing = type_lookup(t, rt.n.__missing__);
    if (missing) {
      Value fn = Value::borrow(missing);
      if (missing->type->slots.descr_get) {
        fn = missing->type->slots.descr_get(rt, fn, self, Value::borrow(t));
        if (!fn) return nullptr;
      }
      return call(rt, fn, {key});
    }
  }
  return raise_key_error(rt, key);
}

static bool dict_setitem(Runtime& rt, const Value& self, const Value& key, const Value& v) {
  DictObject* d = as_dict(self);
  if (v) return dict_set(rt, d, key, v);
  int64_t h;
  if (!key_hash(rt, key, &h)) return false;
  int r = dict_del_hashed(rt, d, key, h);
  if (r < 0) return false;
  if (r == 0) {
    raise_key_error(rt, key);
    return false;
  }
  return true;
}

static int dict_contains_slot(Runtime& rt, const Value& self, const Value& key) {
  return dict_contains(rt, as_dict(self), key);
}

static Value dict_iter(Runtime& rt, const Value& self) {
  return make_dict_iterator(rt, self, rt.t.dict_keyiterator, false);
}

static Value dict_or(Runtime& rt, const Value& a, const Value& b) {
  if (!isinstance(rt, a, rt.t.dict) || !isinstance(rt, b, rt.t.dict)) return rt.NotImplemented();
  Value r = dict_copy(rt, as_dict(a));
  if (!r) return nullptr;
  // CPython copies via type(a)(a) only for exact dicts; subclasses give a dict too (3.11).
  if (!update_arg(rt, as_dict(r), b)) return nullptr;
  return r;
}

static Value dict_ior(Runtime& rt, const Value& a, const Value& b) {
  if (!update_arg(rt, as_dict(a), b)) return nullptr;
  return a;
}

static Value dict_new(Runtime& rt, TypeObject* type, CallArgs) {
  DictObject* d = alloc_dict(rt, type);
  gc_track(rt, d);
  return Value::steal(d);
}

// dict.update(*args, **kwargs) / dict.__init__ shared logic.
static bool update_common(Runtime& rt, DictObject* d, CallArgs args, const char* fname) {
  if (args.nargs > 1) {
    rt.raise(rt.t.TypeError, std::string(fname) + " expected at most 1 argument, got " + std::to_string(args.nargs));
    return false;
  }
  if (args.nargs == 1 && !update_arg(rt, d, args[0])) return false;
  for (size_t k = 0; k < args.nkw(); ++k) {
    if (!dict_set(rt, d, (*args.kwnames)[static_cast<int64_t>(k)], args.kwvalues()[k])) return false;
  }
  return true;
}

static bool dict_init(Runtime& rt, const Value& self, CallArgs args) {
  return update_common(rt, as_dict(self), args, "dict");
}

// ---------------------------------------------------------------------------------------------
// Methods

static Value dict_m_keys(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "dict.keys", 0, 0)) return nullptr;
  return make_dict_view(rt, self, rt.t.dict_keys);
}

static Value dict_m_values(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "dict.values", 0, 0)) return nullptr;
  return make_dict_view(rt, self, rt.t.dict_values);
}

static Value dict_m_items(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "dict.items", 0, 0)) return nullptr;
  return make_dict_view(rt, self, rt.t.dict_items);
}

static Value dict_m_get(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "get", 1, 2)) return nullptr;
  Value v = dict_get(rt, as_dict(self), args[0]);
  if (v) return v;
  if (rt.has_error()) return nullptr;
  return args.nargs > 1 ? args[1] : rt.None();
}

static Value dict_m_setdefault(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "setdefault", 1, 2)) return nullptr;
  DictObject* d = as_dict(self);
  const Value& key = args[0];
  int64_t h;
  if (!key_hash(rt, key, &h)) return nullptr;
  int64_t ix = lookup(rt, d, key, h);
  if (ix == kError) return nullptr;
  if (ix >= 0) return d->entries[ix].value;
  Value dflt = args.nargs > 1 ? args[1] : rt.None();
  insert_new(rt, d, key, h, dflt);
  return dflt;
}

static Value dict_m_pop(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "pop", 1, 2)) return nullptr;
  DictObject* d = as_dict(self);
  if (d->used == 0) {
    // CPython answers without hashing the key when the dict is empty.
    if (args.nargs > 1) return args[1];
    return raise_key_error(rt, args[0]);
  }
  Value v = dict_pop(rt, d, args[0]);
  if (v) return v;
  if (rt.has_error()) return nullptr;
  if (args.nargs > 1) return args[1];
  return raise_key_error(rt, args[0]);
}

static Value dict_m_popitem(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "dict.popitem", 0, 0)) return nullptr;
  DictObject* d = as_dict(self);
  if (d->used == 0) return raise_key_error(rt, make_str(rt, "popitem(): dictionary is empty"));
  int64_t i = d->nentries - 1;
  while (i >= 0 && d->entries[i].key.is_null()) --i;
  // The key and value move into the result; the entry slot is reused by the next insertion
  // (its index slot stays a dummy, so `usable` is not given back).
  DictEntry& e = d->entries[i];
  Ref<TupleObject> pair = new_tuple(rt, 2);
  d->index[slot_of_entry(d, e.hash, i)] = kDummy;
  (*pair)[0] = std::move(e.key);
  (*pair)[1] = std::move(e.value);
  d->nentries = i;
  --d->used;
  d->version = next_version(d);
  return std::move(pair).value();
}

static Value dict_m_update(Runtime& rt, const Value& self, CallArgs args) {
  if (!update_common(rt, as_dict(self), args, "update")) return nullptr;
  return rt.None();
}

static Value dict_m_fromkeys(Runtime& rt, const Value& cls, CallArgs args) {
  if (!check_nargs(rt, args, "fromkeys", 1, 2)) return nullptr;
  Value value = args.nargs > 1 ? args[1] : rt.None();
  Value d = call(rt, cls, CallArgs{});
  if (!d) return nullptr;
  bool exact = d.is_obj() && d.obj()->type == rt.t.dict;
  bool ok = for_each(rt, args[0], [&](Value key) {
    if (exact) return dict_set(rt, as_dict(d), std::move(key), value);
    return setitem(rt, d, key, value);
  });
  if (!ok) return nullptr;
  return d;
}

static Value dict_m_copy(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "dict.copy", 0, 0)) return nullptr;
  return dict_copy(rt, as_dict(self));
}

static Value dict_m_clear(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "dict.clear", 0, 0)) return nullptr;
  dict_clear(rt, as_dict(self));
  return rt.None();
}

static Value dict_m_reversed(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "dict.__reversed__", 0, 0)) return nullptr;
  return make_dict_iterator(rt, self, rt.t.dict_reversekeyiterator, true);
}

// CPython 3.11's _PyDict_SizeOf for a combined table: the 48-byte dict, then the keys object: a
// 32-byte header, the index (1, 2, 4 or 8 bytes a slot, by table size) and the usable entries,
// 16 bytes each in a table of str keys only (DICT_KEYS_UNICODE), 24 otherwise. The table sizes
// follow CPython's (minimum 8, usable 2/3, growth to used*3).
static Value dict_m_sizeof(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "dict.__sizeof__", 0, 0)) return nullptr;
  DictObject* d = as_dict(self);
  if (!d->index) return Value::small(48);
  int64_t size = d->mask + 1;
  int64_t ix = size < (1 << 8) ? 1 : size < (1 << 16) ? 2 : size < (int64_t{1} << 32) ? 4 : 8;
  bool unicode = true;
  for (int64_t i = 0; i < d->nentries && unicode; ++i) {
    const Value& k = d->entries[i].key;
    if (k && !is_exact_str(k, rt.t.str)) unicode = false;
  }
  return Value::small(48 + 32 + size * ix + d->capacity * (unicode ? 16 : 24));
}

static const MethodDef kDictMethods[] = {
    {"keys", dict_m_keys},
    {"values", dict_m_values},
    {"items", dict_m_items},
    {"get", dict_m_get},
    {"setdefault", dict_m_setdefault},
    {"pop", dict_m_pop},
    {"popitem", dict_m_popitem},
    {"update", dict_m_update},
    {"fromkeys", dict_m_fromkeys, kMethClass},
    {"copy", dict_m_copy},
    {"clear", dict_m_clear},
    {"__reversed__", dict_m_reversed},
    {"__sizeof__", dict_m_sizeof},
    {"__class_getitem__", container_class_getitem, kMethClass},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------

void init_dict_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = dict_dealloc;
  s.traverse = dict_traverse;
  s.clear = dict_gc_clear;
  s.repr = dict_repr;
  s.hash = hash_not_implemented;
  s.compare = dict_compare;
  s.len = dict_len;
  s.getitem = dict_getitem;
  s.setitem = dict_setitem;
  s.contains = dict_contains_slot;
  s.iter = dict_iter;
  s.new_ = dict_new;
  s.init = dict_init;
  s.binop[static_cast<int>(BinOp::Or)] = dict_or;
  s.inplace[static_cast<int>(BinOp::Or)] = dict_ior;
  // Methods (and the view/iterator types) come with init_dict_methods, once descriptors exist.
  rt.t.dict = make_builtin_type(
      rt, TypeSpec{"dict", nullptr, sizeof(DictObject), kTypeGc | kTypeBaseType | kTypeDictSubclass}, s);
}

void init_dict_methods(Runtime& rt) {
  TypeObject* t = rt.t.dict;
  if (!t->dict || dict_lookup_str(as_dict(t->dict), rt.intern("keys"))) return;
  init_dict_view_types(rt);
  add_methods(rt, t, kDictMethods);
}

}  // namespace ls
