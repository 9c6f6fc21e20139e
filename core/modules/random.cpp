// _random: the Mersenne Twister core of the random module (core/modules/py/random.py builds
// the rest on it, as CPython's Lib/random.py does on its _random). The generator, its seeding
// (init_by_array of the seed's 32-bit words), random() (53 bits from two draws) and
// getrandbits() produce CPython's exact sequences. Also _sha512, used by random.seed(str).
#include <cstring>
#include <string>
#include <vector>

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
// SHA-512 (FIPS 180-4)

namespace {

constexpr uint64_t kSha512K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL,
    0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL, 0x983e5152ee66dfabULL,
    0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL,
    0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL, 0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL,
    0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL, 0xca273eceea26619cULL,
    0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL, 0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

void sha512_block(uint64_t h[8], const unsigned char* p) {
  uint64_t w[80];
  for (int i = 0; i < 16; ++i) {
    uint64_t v = 0;
    for (int b = 0; b < 8; ++b) v = (v << 8) | p[i * 8 + b];
    w[i] = v;
  }
  for (int i = 16; i < 80; ++i) {
    uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int i = 0; i < 80; ++i) {
    uint64_t S1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
    uint64_t ch = (e & f) ^ (~e & g);
    uint64_t t1 = hh + S1 + ch + kSha512K[i] + w[i];
    uint64_t S0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
    uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
    uint64_t t2 = S0 + maj;
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += hh;
}

}  // namespace

namespace {

std::string sha512_family(std::string_view data, const uint64_t init[8], int words) {
  uint64_t h[8];
  for (int i = 0; i < 8; ++i) h[i] = init[i];
  std::string msg(data);
  uint64_t bitlen = static_cast<uint64_t>(data.size()) * 8;
  msg.push_back(static_cast<char>(0x80));
  while (msg.size() % 128 != 112) msg.push_back('\0');
  for (int i = 0; i < 8; ++i) msg.push_back('\0');  // high 64 bits of the 128-bit length
  for (int i = 7; i >= 0; --i) msg.push_back(static_cast<char>((bitlen >> (i * 8)) & 0xff));
  for (size_t off = 0; off < msg.size(); off += 128) {
    sha512_block(h, reinterpret_cast<const unsigned char*>(msg.data() + off));
  }
  std::string out;
  for (int j = 0; j < words; ++j) {
    for (int i = 7; i >= 0; --i) out.push_back(static_cast<char>((h[j] >> (i * 8)) & 0xff));
  }
  return out;
}

}  // namespace

std::string sha512_digest(std::string_view data) {
  static const uint64_t init[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                                   0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                                   0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  return sha512_family(data, init, 8);
}

std::string sha384_digest(std::string_view data) {
  static const uint64_t init[8] = {0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL,
                                   0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
                                   0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL};
  return sha512_family(data, init, 6);
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
  if (a.nkw() && type->name == "Random" && !(type->flags & kTypeHeapType)) {
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
      rt, TypeSpec{"Random", nullptr, sizeof(RandomObject), kTypeBaseType, kRandomMethods, nullptr, "_random"}, s);
  Value m = make_module(rt, "_random");
  module_add(rt, m, "Random", Value::borrow(t));
  module_add_function(rt, m, "sha512_digest", sha512_fn);
  return m;
}

}  // namespace ls
