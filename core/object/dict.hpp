// dict: insertion-ordered hash table (CPython's compact layout: an index table of int32 slots
// pointing into a dense array of entries).
#pragma once

#include "object/runtime.hpp"

namespace ls {

struct DictEntry {
  int64_t hash;
  Value key;    // null: deleted entry
  Value value;
};

struct DictObject : Object {
  int64_t used;       // live items
  int64_t nentries;   // entries[0..nentries) in use, including deleted ones
  int64_t capacity;   // entries allocated
  int64_t mask;       // index table size - 1 (0 with no table)
  int32_t* index;     // -1 empty, -2 deleted, else entry number
  DictEntry* entries;
  uint64_t version;   // bumped on every mutation (caches, "changed size during iteration")
  int64_t usable;     // entries that may still be added before the table must grow (dk_usable)
};

inline DictObject* as_dict(const Value& v) { return static_cast<DictObject*>(v.obj()); }

Ref<DictObject> new_dict(Runtime& rt, int64_t reserve = 0);
// Lookup: the stored value (new reference), or null. On null, rt.has_error() tells a failed
// comparison from a missing key.
Value dict_get(Runtime& rt, DictObject* d, const Value& key);
Value dict_get_hashed(Runtime& rt, DictObject* d, const Value& key, int64_t hash);
// Borrowed lookup for str keys (identifiers): fast, never fails; the pointer is valid until the
// dict is next mutated.
Value* dict_lookup_str(DictObject* d, StrObject* key);
Value dict_get_str(DictObject* d, StrObject* key);
// The entry number of a str key (d->entries[i]), or -1: for inline caches, which then check
// that entries[i].key is still that key.
int64_t dict_index_str(DictObject* d, StrObject* key);
bool dict_set(Runtime& rt, DictObject* d, Value key, Value value);
bool dict_set_hashed(Runtime& rt, DictObject* d, Value key, int64_t hash, Value value);
bool dict_set_str(Runtime& rt, DictObject* d, StrObject* key, Value value);
// 1 removed, 0 missing, -1 error.
int dict_del(Runtime& rt, DictObject* d, const Value& key);
int dict_del_str(Runtime& rt, DictObject* d, StrObject* key);
void dict_clear(Runtime& rt, DictObject* d);
// Iterates live entries: for (int64_t i = 0; dict_next(d, &i, &e);) ...
bool dict_next(DictObject* d, int64_t* pos, DictEntry** entry);
bool dict_update(Runtime& rt, DictObject* d, const Value& other);  // mapping or pairs
Value dict_copy(Runtime& rt, DictObject* d);
Value dict_pop_str(Runtime& rt, DictObject* d, StrObject* key);  // null if missing (no error)
// Removes `key` and returns its value; null when missing (rt.has_error() tells a failure apart).
Value dict_pop(Runtime& rt, DictObject* d, const Value& key);
// 1/0/-1.
int dict_contains(Runtime& rt, DictObject* d, const Value& key);
int dict_contains_hashed(Runtime& rt, DictObject* d, const Value& key, int64_t hash);
int dict_del_hashed(Runtime& rt, DictObject* d, const Value& key, int64_t hash);
// PyDict_Merge: `other` is a mapping (a dict, or anything with keys() and __getitem__); existing
// keys are replaced only when `override`.
bool dict_merge(Runtime& rt, DictObject* d, const Value& other, bool override);

// Creates the dict type (during bootstrap, before method descriptors exist).
void init_dict_type(Runtime& rt);
// Installs dict's methods and creates the view and iterator types (dict_keys, dict_keyiterator...).
// Idempotent; init_list_type calls it.
void init_dict_methods(Runtime& rt);

}  // namespace ls
