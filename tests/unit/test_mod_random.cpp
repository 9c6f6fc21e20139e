// The standard-library modules' intricate C++: MT19937 and SHA-512 (core/modules/random_core.hpp)
// against what CPython 3.11 produces, and random/heapq/time through the interpreter.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "core/run.hpp"
#include "modules/digests.hpp"
#include "modules/random_core.hpp"

namespace {

std::string hex(const std::string& bytes) {
  std::string out;
  char buf[3];
  for (unsigned char c : bytes) {
    std::snprintf(buf, sizeof buf, "%02x", c);
    out += buf;
  }
  return out;
}

std::string run_program(const std::string& source) {
  ls::RunOptions options;
  options.filename = "main.py";
  options.source = source;
  ls::Run run(std::move(options));
  int advances = 0;
  while (!run.advance(100000)) REQUIRE(++advances < 100000);
  INFO(run.result().err);
  REQUIRE(run.result().exit_code == 0);
  return run.result().out;
}

}  // namespace

TEST_CASE("MT19937 init_genrand matches the reference generator", "[modules][random]") {
  ls::Mt19937 g;
  g.init_genrand(5489u);
  CHECK(g.next() == 3499211612u);
  CHECK(g.next() == 581869302u);
  CHECK(g.next() == 3890346734u);
}

TEST_CASE("random.seed(int) sequences equal CPython's", "[modules][random]") {
  ls::Mt19937 g;
  g.seed_int(ls::BigInt(42));
  CHECK(g.random() == 0.6394267984578837);
  CHECK(g.random() == 0.025010755222666936);
  ls::BigInt bits = g.getrandbits(100);
  CHECK(bits.to_string() == "176140902141063639299770569303");

  g.seed_int(ls::BigInt(0));
  CHECK(g.next() == 3626764237u);
  CHECK(g.next() == 1654615998u);
  CHECK(g.next() == 3255389356u);

  g.seed_int(ls::BigInt(-5));  // the absolute value is used
  CHECK(g.random() == 0.6229016948897019);

  ls::BigInt big = ls::BigInt(1).shl(100) + ls::BigInt(7);  // several 32-bit key words
  g.seed_int(big);
  CHECK(g.random() == 0.41604161323913513);
}

TEST_CASE("getrandbits(k) for small k takes the top bits of one draw", "[modules][random]") {
  ls::Mt19937 a, b;
  a.seed_int(ls::BigInt(0));
  b.seed_int(ls::BigInt(0));
  uint32_t word = b.next();
  CHECK(a.getrandbits(7).to_string() == std::to_string(word >> 25));
  CHECK(a.getrandbits(0).to_string() == "0");
}

TEST_CASE("SHA-512 digests match the FIPS test vectors", "[modules][random]") {
  CHECK(hex(ls::sha512_digest("abc")) ==
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  CHECK(hex(ls::sha512_digest("")).substr(0, 32) == "cf83e1357eefb8bdf1542850d66d8007");
  CHECK(hex(ls::sha512_digest(std::string(200, 'a'))).substr(0, 32) == "4b11459c33f52a22ee8236782714c150");
}

TEST_CASE("random's Python layer gives CPython's shuffle/sample/choices", "[modules][random]") {
  std::string out = run_program(
      "import random\n"
      "random.seed(7)\n"
      "l = list(range(10)); random.shuffle(l)\n"
      "print(l, random.sample(range(100), 3), random.choices('abc', k=4))\n"
      "random.seed('hello'); print(random.random())\n");
  CHECK(out == "[8, 3, 1, 4, 7, 0, 9, 6, 2, 5] [64, 27, 4] ['a', 'b', 'a', 'b']\n0.3537754404730722\n");
}

TEST_CASE("heapq keeps CPython's heap layout and tie order", "[modules][heapq]") {
  std::string out = run_program(
      "import heapq\n"
      "h = []\n"
      "for x in [5, 3, 8, 1, 9, 2, 7, 1, 5]:\n"
      "    heapq.heappush(h, x)\n"
      "print(h)\n"
      "d = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y'), (1, 'y')]\n"
      "heapq.heapify(d)\n"
      "print(d)\n");
  CHECK(out == "[1, 1, 2, 3, 9, 8, 7, 5, 5]\n[(1, 'y'), (1, 'y'), (2, 'a'), (2, 'b'), (1, 'z')]\n");
}

TEST_CASE("time starts at the virtual epoch and sleep advances it", "[modules][time]") {
  std::string out = run_program(
      "import time\n"
      "print(time.time(), time.monotonic(), time.ctime())\n"
      "time.sleep(90061.5)\n"
      "print(time.monotonic(), time.strftime('%Y-%m-%d %H:%M:%S'))\n");
  CHECK(out == "1767225600.0 0.0 Thu Jan  1 00:00:00 2026\n90061.5 2026-01-02 01:01:01\n");
}
