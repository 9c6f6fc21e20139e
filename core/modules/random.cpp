// _random: the Mersenne Twister core of the random module (core/modules/py/random.py builds
// the rest on it, as CPython's Lib/random.py does on its _random). The generator, its seeding
// (init_by_array of the seed's 32-bit words), random() (53 bits from two draws) and
// getrandbits() produce CPython's exact sequences. Also _sha512, used by random.seed(str).
#include <cstring>
#include <string>
#include <vector>

#include "modules/digests.hpp"
#include "modules/random_core.hpp"
#include "modules/stdlib.hpp"
#include "object/bigint.hpp"
#include "object/bytes.hpp"
#include "object/float.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// MT19937

void Mt19937::init_genrand(uint32_t s) {
  mt[0] = s;
  for (int i = 1; i < kN; ++i) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  index = kN;
}

void Mt19937::init_by_array(const uint32_t* key, size_t len) {
  init_genrand(19650218u);
  size_t i = 1, j = 0;
  size_t k = kN > len ? kN : len;
  for (; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (k = kN - 1; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;  // MSB is 1: a non-zero initial array
}

uint32_t Mt19937::next() {
  constexpr uint32_t kMatrixA = 0x9908b0dfu, kUpper = 0x80000000u, kLower = 0x7fffffffu;
  if (index >= kN) {
    int kk = 0;
    for (; kk < kN - kM; ++kk) {
      uint32_t y = (mt[kk] & kUpper) | (mt[kk + 1] & kLower);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
    }
    for (; kk < kN - 1; ++kk) {
      uint32_t y = (mt[kk] & kUpper) | (mt[kk + 1] & kLower);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
    }
    uint32_t y = (mt[kN - 1] & kUpper) | (mt[0] & kLower);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
    index = 0;
  }
  uint32_t y = mt[index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

double Mt19937::random() {
  uint32_t a = next() >> 5, b = next() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

void Mt19937::seed_int(const BigInt& n) {
  BigInt m = n.abs();
  size_t words = m.limb_count();
  if (words == 0) {
    uint32_t zero = 0;
    init_by_array(&zero, 1);
    return;
  }
  std::vector<uint32_t> key(words);
  for (size_t i = 0; i < words; ++i) key[i] = m.limb(i);
  init_by_array(key.data(), words);
}

BigInt Mt19937::getrandbits(uint64_t k) {
  if (k == 0) return BigInt(0);
  if (k <= 32) return BigInt(static_cast<int64_t>(next() >> (32 - k)));
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> limbs(words);
  for (size_t i = 0; i < words; ++i, k -= 32) {
    uint32_t r = next();
    if (k < 32) r >>= (32 - k);
    limbs[i] = r;
    if (k < 32) break;
  }
  return BigInt::from_limbs(limbs.data(), words, false);
}

// ---------------------------------------------------------------------------------------------
// _random.Random

namespace {

struct RandomObject : Object {
  Mt19937 gen;
};

inline Mt19937& gen_of(const Value& self) { return static_cast<RandomObject*>(self.obj())->gen; }

// The seed of an unseeded generator: LoopScope runs are reproducible, so instead of the
// operating system's entropy every Random() (and the module's own) starts from this value.
constexpr int64_t kDefaultSeed = 20260101;

bool do_seed(Runtime& rt, Mt19937& g, const Value& arg) {
  if (!arg || rt.is_none(arg)) {
    g.seed_int(BigInt(kDefaultSeed));
    return true;
  }
  if (is_int(rt, arg)) {
    g.seed_int(int_to_big(arg));
    return true;
  }
  int64_t h;
  if (!hash(rt, arg, &h)) return false;
  g.seed_int(BigInt::from_uint64(static_cast<uint64_t>(h)));
  return true;
}

Value random_new(Runtime& rt, TypeObject* type, CallArgs a) {
  if (a.nkw() && type->name == "_random.Random" && !(type->flags & kTypeHeapType)) {
    return rt.raise(rt.t.TypeError, "Random() takes no keyword arguments");
  }
  if (!(type->flags & kTypeHeapType) && a.nargs > 1) {
    return rt.raise(rt.t.TypeError, "Random() expected at most 1 argument, got " + std::to_string(a.nargs));
  }
  auto* o = alloc<RandomObject>(rt, type);
  new (&o->gen) Mt19937();
  Value self = Value::steal(o);
  if (type->flags & kTypeGc) gc_track(rt, o);
  if (!do_seed(rt, o->gen, !(type->flags & kTypeHeapType) && a.nargs == 1 ? a[0] : Value())) return nullptr;
  return self;
}

Value r_seed(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "seed", 0, 1)) return nullptr;
  if (!do_seed(rt, gen_of(self), a.nargs ? a[0] : Value())) return nullptr;
  return rt.None();
}

Value r_random(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "random", 0, 0)) return nullptr;
  return make_float(rt, gen_of(self).random());
}

Value r_getrandbits(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "getrandbits", 1, 1)) return nullptr;
  Value i = index(rt, a[0]);
  if (!i) return nullptr;
  int64_t k;
  if (!int_to_int64(i, &k)) return rt.raise(rt.t.OverflowError, "Python int too large to convert to C int");
  if (k < 0) return rt.raise(rt.t.ValueError, "number of bits must be non-negative");
  if (k > (int64_t(1) << 31) - 1) return rt.raise(rt.t.OverflowError, "Python int too large to convert to C int");
  if (static_cast<uint64_t>(k) > rt.limits.max_int_bits) return rt.raise(rt.t.MemoryError, "");
  return make_int(rt, gen_of(self).getrandbits(static_cast<uint64_t>(k)));
}

Value r_getstate(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "getstate", 0, 0)) return nullptr;
  Mt19937& g = gen_of(self);
  Ref<TupleObject> t = new_tuple(rt, Mt19937::kN + 1);
  for (int i = 0; i < Mt19937::kN; ++i) (*t)[i] = make_int(rt, static_cast<int64_t>(g.mt[i]));
  (*t)[Mt19937::kN] = make_int(rt, g.index);
  return std::move(t).value();
}

Value r_setstate(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "setstate", 1, 1)) return nullptr;
  if (!isinstance(rt, a[0], rt.t.tuple)) return rt.raise(rt.t.TypeError, "state vector must be a tuple");
  auto* t = as_tuple(a[0]);
  if (t->size != Mt19937::kN + 1) return rt.raise(rt.t.ValueError, "state vector is the wrong size");
  Mt19937 g;
  for (int i = 0; i <= Mt19937::kN; ++i) {
    Value v = index(rt, (*t)[i]);
    if (!v) return nullptr;
    int64_t x;
    if (!int_to_int64(v, &x) || x < 0 || x > 0xffffffffLL) {
      return rt.raise(rt.t.OverflowError, "Python int too large to convert to C unsigned long");
    }
    if (i < Mt19937::kN) g.mt[i] = static_cast<uint32_t>(x);
    else g.index = static_cast<int>(x);
  }
  if (g.index < 0 || g.index > Mt19937::kN) return rt.raise(rt.t.ValueError, "invalid state");
  gen_of(self) = g;
  return rt.None();
}

const MethodDef kRandomMethods[] = {
    {"seed", r_seed},         {"random", r_random},     {"getrandbits", r_getrandbits},
    {"getstate", r_getstate}, {"setstate", r_setstate}, {nullptr, nullptr},
};

void random_dealloc(Object*) {}

Value sha512_fn(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "sha512_digest", 1, 1)) return nullptr;
  std::string_view data;
  if (!bytes_like_view(rt, a[0], &data)) {
    if (is_str(rt, a[0])) return rt.raise(rt.t.TypeError, "Strings must be encoded before hashing");
    return rt.raise(rt.t.TypeError, "object supporting the buffer API required");
  }
  return make_bytes(rt, sha512_digest(data));
}

}  // namespace

Value make_random_core_module(Runtime& rt) {
  TypeSlots s;
  s.dealloc = random_dealloc;
  s.new_ = random_new;
  TypeObject* t = make_builtin_type(
      rt, TypeSpec{"_random.Random", nullptr, sizeof(RandomObject), kTypeBaseType, kRandomMethods, nullptr, "_random"}, s);
  Value m = make_module(rt, "_random");
  module_add(rt, m, "Random", Value::borrow(t));
  module_add_function(rt, m, "sha512_digest", sha512_fn);
  return m;
}

}  // namespace ls
