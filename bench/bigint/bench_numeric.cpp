// Micro-benchmarks of the numeric library (BigInt, float repr, format specs), next to
// bench_numeric.py which times the same work in CPython.
//
// Build and run (native, -O2 like the `native` preset):
//   g++ -std=c++20 -O2 -Icore bench/bigint/bench_numeric.cpp core/object/bigint.cpp \
//       core/object/float_parse.cpp core/object/float_format.cpp core/object/format_spec.cpp \
//       -o /tmp/bench_numeric && /tmp/bench_numeric
//   /usr/bin/python3.11 bench/bigint/bench_numeric.py
// Each line: name, seconds (best of 3), and a checksum that both programs print.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <string>

#include "object/bigint.hpp"
#include "object/float_format.hpp"
#include "object/float_parse.hpp"
#include "object/format_spec.hpp"

using namespace ls;

static void bench(const char* name, const std::function<uint64_t()>& work) {
  double best = 1e9;
  uint64_t check = 0;
  for (int i = 0; i < 3; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    check = work();
    auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double>(t1 - t0).count());
  }
  std::printf("%-34s %9.4f s  check=%llu\n", name, best, static_cast<unsigned long long>(check));
}

// The same doubles as bench_numeric.py: i * 1.1 / 7 + i for i in range(n).
static double nth_double(int i) { return i * 1.1 / 7 + i; }

int main() {
  bench("str(10**5000)", [] {
    BigInt x = BigInt::pow10(5000);
    return static_cast<uint64_t>(x.to_string().size());
  });
  bench("str(7**60000) (50k digits)", [] {
    BigInt x;
    BigInt::pow(BigInt(7), BigInt(60000), x);
    return static_cast<uint64_t>(x.to_string().size());
  });
  bench("int(5000-digit str)", [] {
    std::string s(5000, '7');
    BigInt x;
    BigInt::parse(s, 10, x, 0);
    return x.bit_length();
  });
  bench("1000-digit * 1000-digit x1000", [] {
    BigInt a = BigInt::pow10(999) + BigInt(12345), b = BigInt::pow10(999) - BigInt(777);
    uint64_t acc = 0;
    for (int i = 0; i < 1000; ++i) acc += (a * b).limb(5);
    return acc;
  });
  bench("20000-digit * 20000-digit x10", [] {
    BigInt a, b;
    BigInt::pow(BigInt(3), BigInt(41918), a);  // ~20000 digits
    BigInt::pow(BigInt(7), BigInt(23665), b);
    uint64_t acc = 0;
    for (int i = 0; i < 10; ++i) acc += (a * b).limb(7);
    return acc;
  });
  bench("2000-digit // 1000-digit x1000", [] {
    BigInt a = BigInt::pow10(1999) + BigInt(999), b = BigInt::pow10(999) + BigInt(3);
    uint64_t acc = 0;
    for (int i = 0; i < 1000; ++i) {
      BigInt q;
      BigInt::floordiv(a, b, q);
      acc += q.limb(0);
    }
    return acc;
  });
  bench("pow(3, 10**6) ", [] {
    BigInt x;
    BigInt::pow(BigInt(3), BigInt(1000000), x);
    return x.bit_length();
  });
  bench("1M repr(float)", [] {
    uint64_t total = 0;
    for (int i = 0; i < 1000000; ++i) total += float_repr(nth_double(i)).size();
    return total;
  });
  bench("1M format(float, '.2f')", [] {
    uint64_t total = 0;
    std::string out;
    for (int i = 0; i < 1000000; ++i) {
      format_float(nth_double(i), ".2f", out);
      total += out.size();
    }
    return total;
  });
  bench("1M format(int, ',')", [] {
    uint64_t total = 0;
    std::string out;
    for (int i = 0; i < 1000000; ++i) {
      format_int(static_cast<int64_t>(i) * 7919, ",", out);
      total += out.size();
    }
    return total;
  });
  bench("1M float('...') parse", [] {
    uint64_t total = 0;
    char buf[32];
    for (int i = 0; i < 1000000; ++i) {
      std::snprintf(buf, sizeof buf, "%d.%d", i, i % 1000);
      double d;
      parse_float(buf, d);
      total += static_cast<uint64_t>(d);
    }
    return total;
  });
  return 0;
}
