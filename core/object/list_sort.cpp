// list.sort(): a stable timsort (natural runs, binary insertion up to minrun, CPython 3.11's
// "powersort" merge policy) that never throws: a failing comparison stops the sort and leaves
// every item in the list, like CPython. During the sort the list is emptied, so that code run by
// comparisons which mutates the list is detected ("list modified during sort").
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "object/float.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace ls {

namespace {

struct KeyedItem {
  Value key;
  Value value;
};

inline const Value& sort_key(const Value& v) { return v; }
inline const Value& sort_key(const KeyedItem& v) { return v.key; }

// Comparators: 1 when a < b, 0 otherwise, -1 on error.
struct LtSmallInt {
  int operator()(const Value& a, const Value& b) const { return a.small_value() < b.small_value(); }
};
struct LtStr {
  int operator()(const Value& a, const Value& b) const {
    // UTF-8 byte order is code point order.
    std::string_view x = str_view(a), y = str_view(b);
    size_t n = x.size() < y.size() ? x.size() : y.size();
    int c = n ? std::memcmp(x.data(), y.data(), n) : 0;
    if (c != 0) return c < 0;
    return x.size() < y.size();
  }
};
struct LtFloat {
  int operator()(const Value& a, const Value& b) const { return float_value(a) < float_value(b); }
};
struct LtGeneric {
  Runtime* rt;
  int operator()(const Value& a, const Value& b) const { return rich_compare_bool(*rt, a, b, CmpOp::Lt); }
};

template <class E, class Lt>
class TimSort {
 public:
  TimSort(E* base, int64_t n, Lt lt) : base_(base), n_(n), lt_(lt) {}

  // False when a comparison failed (the error is pending); the array still holds every item.
  bool sort() {
    if (n_ < 2) return true;
    int64_t minrun = compute_minrun(n_);
    int64_t lo = 0;
    int64_t remaining = n_;
    while (remaining > 0) {
      bool descending = false;
      int64_t n = count_run(lo, lo + remaining, &descending);
      if (n < 0) return false;
      if (descending) reverse(lo, lo + n);
      if (n < minrun) {
        int64_t force = remaining <= minrun ? remaining : minrun;
        if (!binary_sort(lo, lo + force, lo + n)) return false;
        n = force;
      }
      if (!found_new_run(lo, n)) return false;
      runs_.push_back(Run{lo, n, 0});
      lo += n;
      remaining -= n;
    }
    while (runs_.size() > 1) {
      size_t i = runs_.size() - 2;
      if (i > 0 && runs_[i - 1].len < runs_[i + 1].len) --i;
      if (!merge_at(i)) return false;
    }
    return true;
  }

 private:
  struct Run {
    int64_t base;
    int64_t len;
    int power;
  };

  int lt(const E& a, const E& b) { return lt_(sort_key(a), sort_key(b)); }

  static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  void reverse(int64_t lo, int64_t hi) {
    --hi;
    while (lo < hi) std::swap(base_[lo++], base_[hi--]);
  }

  // Length of the run starting at lo (strictly descending runs are reported as such); -1 on error.
  int64_t count_run(int64_t lo, int64_t hi, bool* descending) {
    *descending = false;
    if (lo + 1 == hi) return 1;
    int64_t n = 2;
    int k = lt(base_[lo + 1], base_[lo]);
    if (k < 0) return -1;
    if (k) {
      *descending = true;
      for (int64_t i = lo + 2; i < hi; ++i, ++n) {
        k = lt(base_[i], base_[i - 1]);
        if (k < 0) return -1;
        if (!k) break;
      }
    } else {
      for (int64_t i = lo + 2; i < hi; ++i, ++n) {
        k = lt(base_[i], base_[i - 1]);
        if (k < 0) return -1;
        if (k) break;
      }
    }
    return n;
  }

  // [lo, start) is sorted; inserts each of [start, hi) into place.
  bool binary_sort(int64_t lo, int64_t hi, int64_t start) {
    if (start == lo) ++start;
    for (; start < hi; ++start) {
      int64_t l = lo, r = start;
      E pivot = std::move(base_[start]);
      while (l < r) {
        int64_t p = l + ((r - l) >> 1);
        int k = lt(pivot, base_[p]);
        if (k < 0) {
          base_[start] = std::move(pivot);
          return false;
        }
        if (k) r = p;
        else l = p + 1;
      }
      for (int64_t p = start; p > l; --p) base_[p] = std::move(base_[p - 1]);
      base_[l] = std::move(pivot);
    }
    return true;
  }

  static int power_loop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1;
    int64_t b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n) {
        a -= n;
        b -= n;
      } else if (b >= n) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  bool found_new_run(int64_t, int64_t n2) {
    if (runs_.empty()) return true;
    Run& top = runs_.back();
    int power = power_loop(top.base, top.len, n2, n_);
    while (runs_.size() > 1 && runs_[runs_.size() - 2].power > power) {
      if (!merge_at(runs_.size() - 2)) return false;
    }
    runs_.back().power = power;
    return true;
  }

  // First index in [lo, hi) whose item is > key (items equal to key stay before it).
  int64_t upper_bound(const E& key, int64_t lo, int64_t hi, bool* ok) {
    while (lo < hi) {
      int64_t m = lo + ((hi - lo) >> 1);
      int k = lt(key, base_[m]);
      if (k < 0) {
        *ok = false;
        return 0;
      }
      if (k) hi = m;
      else lo = m + 1;
    }
    return lo;
  }

  // First index in [lo, hi) whose item is >= key.
  int64_t lower_bound(const E& key, int64_t lo, int64_t hi, bool* ok) {
    while (lo < hi) {
      int64_t m = lo + ((hi - lo) >> 1);
      int k = lt(base_[m], key);
      if (k < 0) {
        *ok = false;
        return 0;
      }
      if (k) lo = m + 1;
      else hi = m;
    }
    return lo;
  }

  bool merge_at(size_t i) {
    int64_t a = runs_[i].base, na = runs_[i].len;
    int64_t b = runs_[i + 1].base, nb = runs_[i + 1].len;
    runs_[i].len = na + nb;
    if (i + 3 == runs_.size()) runs_[i + 1] = runs_[i + 2];
    runs_.pop_back();
    bool ok = true;
    // Items of a that are <= b[0] are already in place.
    int64_t k = upper_bound(base_[b], a, a + na, &ok);
    if (!ok) return false;
    na -= k - a;
    a = k;
    if (na == 0) return true;
    // Items of b that are >= a[-1] are already in place.
    int64_t e = lower_bound(base_[a + na - 1], b, b + nb, &ok);
    if (!ok) return false;
    nb = e - b;
    if (nb == 0) return true;
    return na <= nb ? merge_lo(a, na, b, nb) : merge_hi(a, na, b, nb);
  }

  // Merges adjacent sorted runs [a, a+na) and [b, b+nb) (b == a + na), na <= nb.
  bool merge_lo(int64_t a, int64_t na, int64_t b, int64_t nb) {
    tmp_.clear();
    tmp_.reserve(static_cast<size_t>(na));
    for (int64_t i = 0; i < na; ++i) tmp_.push_back(std::move(base_[a + i]));
    int64_t i = 0, j = b, end = b + nb, d = a;
    bool ok = true;
    while (i < na && j < end) {
      int k = lt(base_[j], tmp_[static_cast<size_t>(i)]);
      if (k < 0) {
        ok = false;
        break;
      }
      if (k) base_[d++] = std::move(base_[j++]);
      else base_[d++] = std::move(tmp_[static_cast<size_t>(i++)]);
    }
    // The gap [d, j) holds exactly the remaining na - i items of tmp.
    while (i < na) base_[d++] = std::move(tmp_[static_cast<size_t>(i++)]);
    return ok;
  }

  // Same with na > nb: merges from the right end.
  bool merge_hi(int64_t a, int64_t na, int64_t b, int64_t nb) {
    tmp_.clear();
    tmp_.reserve(static_cast<size_t>(nb));
    for (int64_t i = 0; i < nb; ++i) tmp_.push_back(std::move(base_[b + i]));
    int64_t i = nb - 1;      // last of tmp (b's items)
    int64_t j = a + na - 1;  // last of a
    int64_t d = b + nb - 1;
    bool ok = true;
    while (i >= 0 && j >= a) {
      int k = lt(tmp_[static_cast<size_t>(i)], base_[j]);
      if (k < 0) {
        ok = false;
        break;
      }
      if (k) base_[d--] = std::move(base_[j--]);
      else base_[d--] = std::move(tmp_[static_cast<size_t>(i--)]);
    }
    while (i >= 0) base_[d--] = std::move(tmp_[static_cast<size_t>(i--)]);
    return ok;
  }

  E* base_;
  int64_t n_;
  Lt lt_;
  std::vector<Run> runs_;
  std::vector<E> tmp_;
};

template <class E>
bool sort_with(Runtime& rt, E* items, int64_t n) {
  // Pick a specialized comparison when every key has the same simple type (CPython's
  // unsafe_*_compare pre-check).
  bool all_small = true, all_str = true, all_float = true;
  for (int64_t i = 0; i < n && (all_small || all_str || all_float); ++i) {
    const Value& k = sort_key(items[i]);
    if (!k.is_small()) all_small = false;
    TypeObject* t = k.is_small() ? nullptr : k.obj()->type;
    if (t != rt.t.str) all_str = false;
    if (t != rt.t.float_) all_float = false;
  }
  if (all_small) return TimSort<E, LtSmallInt>(items, n, LtSmallInt{}).sort();
  if (all_str) return TimSort<E, LtStr>(items, n, LtStr{}).sort();
  if (all_float) return TimSort<E, LtFloat>(items, n, LtFloat{}).sort();
  return TimSort<E, LtGeneric>(items, n, LtGeneric{&rt}).sort();
}

template <class E>
void reverse_array(E* a, int64_t n) {
  for (int64_t i = 0, j = n - 1; i < j; ++i, --j) std::swap(a[i], a[j]);
}

}  // namespace

bool list_sort(Runtime& rt, ListObject* l, const Value& key, bool reverse) {
  // Detach the items: the list looks empty while comparisons run.
  Value* items = l->items;
  int64_t n = l->size;
  int64_t cap = l->capacity;
  l->items = nullptr;
  l->size = 0;
  l->capacity = -1;  // any mutation resets it

  bool ok = true;
  if (key && !rt.is_none(key)) {
    std::vector<KeyedItem> keyed(static_cast<size_t>(n));
    int64_t computed = 0;
    for (; computed < n; ++computed) {
      Value k = call(rt, key, {items[computed]});
      if (!k) {
        ok = false;
        break;
      }
      keyed[static_cast<size_t>(computed)].key = std::move(k);
      keyed[static_cast<size_t>(computed)].value = std::move(items[computed]);
    }
    if (ok) {
      if (reverse) reverse_array(keyed.data(), n);
      ok = sort_with(rt, keyed.data(), n);
      if (reverse) reverse_array(keyed.data(), n);
    }
    for (int64_t i = 0; i < computed; ++i) items[i] = std::move(keyed[static_cast<size_t>(i)].value);
  } else if (n > 1) {
    if (reverse) reverse_array(items, n);
    ok = sort_with(rt, items, n);
    if (reverse) reverse_array(items, n);
  }

  // Reattach; whatever the comparisons put into the list meanwhile is dropped.
  bool modified = l->capacity != -1 || l->items != nullptr || l->size != 0;
  Value* junk = l->items;
  int64_t junk_n = l->size;
  int64_t junk_cap = l->capacity < 0 ? 0 : l->capacity;
  l->items = items;
  l->size = n;
  l->capacity = cap;
  if (junk) {
    for (int64_t i = junk_n - 1; i >= 0; --i) junk[i].reset();
    rt.heap.free_raw(junk, static_cast<size_t>(junk_cap) * sizeof(Value));
  }
  if (ok && modified) {
    rt.raise(rt.t.ValueError, "list modified during sort");
    return false;
  }
  return ok;
}

}  // namespace ls
