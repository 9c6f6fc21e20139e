// The Mersenne Twister (MT19937) exactly as CPython's _random module uses it, and SHA-512 (which
// random.seed() applies to str/bytes seeds). Plain C++ so unit tests can check the sequences.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "object/bigint.hpp"

namespace ls {

struct Mt19937 {
  static constexpr int kN = 624;
  static constexpr int kM = 397;
  uint32_t mt[kN] = {};
  int index = kN + 1;

  void init_genrand(uint32_t s);
  void init_by_array(const uint32_t* key, size_t len);
  // random.seed(n) for an int: init_by_array of |n|'s 32-bit words, least significant first.
  void seed_int(const BigInt& n);
  uint32_t next();                 // genrand_uint32
  double random();                 // random.random(): 53 bits from two draws
  BigInt getrandbits(uint64_t k);  // random.getrandbits(k)
};

}  // namespace ls
