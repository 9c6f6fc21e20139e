// Float pow: a port of the optimized-routines pow that glibc (2.28+) uses, made to compute
// exactly what glibc's x86-64 FMA variant (__pow_fma, picked by ifunc on CPUs with FMA+AVX2)
// returns, on every target: natively and in WebAssembly (whose musl libm builds the same
// algorithm without fused multiply-add, so it differs in the last bit now and then).
//
// Every place where the FMA build's compiler contracted a*b+c (read off the disassembly of
// glibc 2.36's __pow_fma) is an explicit std::fma here; std::fma is exact everywhere, so the
// result is the same bits on every target. Everything else must NOT be contracted: the pragmas
// below keep the compiler from fusing the remaining a*b+c expressions on FMA targets.
//
// Source: musl 1.2 src/math/pow.c, pow_data.c, exp_data.c (as shipped with Emscripten), which
// are ARM's optimized-routines code:
//
//   Copyright (c) 2018, Arm Limited.
//   SPDX-License-Identifier: MIT
//
//   Permission is hereby granted, free of charge, to any person obtaining a copy of this
//   software and associated documentation files (the "Software"), to deal in the Software
//   without restriction, including without limitation the rights to use, copy, modify, merge,
//   publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
//   to whom the Software is furnished to do so, subject to the following conditions:
//
//   The above copyright notice and this permission notice shall be included in all copies or
//   substantial portions of the Software.
//
//   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
//   INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
//   PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
//   FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
//   OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
//   DEALINGS IN THE SOFTWARE.

#include "object/pow.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

namespace ls {

namespace {

inline uint64_t asuint64(double d) {
  uint64_t u;
  std::memcpy(&u, &d, sizeof u);
  return u;
}
inline double asdouble(uint64_t u) {
  double d;
  std::memcpy(&d, &u, sizeof d);
  return d;
}
// The helpers are always inlined so that std::fma becomes one instruction inside the x86-64
// FMA clone of the body (see py_pow below).
#define LS_POW_INLINE [[gnu::always_inline]] inline

inline uint32_t top12(double x) { return static_cast<uint32_t>(asuint64(x) >> 52); }

// --- exact fused multiply-add -------------------------------------------------------------------
// With hardware FMA, std::fma is one instruction. Without it (WebAssembly, old x86-64) it is a
// libm call costing ~70 ns in wasm, and pow needs 21 of them; so there fma is emulated with
// double arithmetic, correctly rounded: a*b = uh+ul exactly (Dekker), c+uh = th+tl exactly
// (TwoSum), v = tl+ul rounded to odd, result = RN(th+v) (S. Boldo, G. Melquiond, "Emulation of
// FMA and correctly rounded sums: proved algorithms using rounding to odd", IEEE TC 57(4),
// 2008). The proof needs a*b's partial products not to underflow or overflow; other operands
// (zeros, extreme exponents; never met by pow's fmas) go to std::fma.
struct HwFma {
  LS_POW_INLINE static double fma(double a, double b, double c) { return std::fma(a, b, c); }
};
struct SoftFma {
  LS_POW_INLINE static void two_sum(double a, double b, double& s, double& e) {
    s = a + b;
    double bb = s - a;
    e = (a - (s - bb)) + (b - bb);
  }
  LS_POW_INLINE static double fma(double a, double b, double c) {
    uint32_t ea = top12(a) & 0x7ff, eb = top12(b) & 0x7ff, ec = top12(c) & 0x7ff;
    // a, b normal with |a|,|b| < 2^960; 2^-890 < |a*b| < 2^960; |c| < 2^960.
    if (ea - 1 >= 0x3ff + 960 || eb - 1 >= 0x3ff + 960 || ea + eb < 0x3ff + 0x3ff - 890 ||
        ea + eb > 0x3ff + 0x3ff + 960 || ec >= 0x3ff + 960) [[unlikely]] {
      if (a == 0 || b == 0) return a * b + c;  // exact product: same as fma, signed zeros too
      return std::fma(a, b, c);
    }
    constexpr double kSplit = 0x1p27 + 1;
    double ca = kSplit * a, cb = kSplit * b;
    double ahi = ca - (ca - a), bhi = cb - (cb - b);
    double alo = a - ahi, blo = b - bhi;
    double uh = a * b;
    double ul = ((ahi * bhi - uh) + ahi * blo + alo * bhi) + alo * blo;
    double th, tl;
    two_sum(c, uh, th, tl);
    double v, ve;
    two_sum(tl, ul, v, ve);
    if (ve != 0) {
      uint64_t iv = asuint64(v);
      if ((iv & 1) == 0) iv += ((asuint64(ve) ^ iv) >> 63) ? ~uint64_t{0} : uint64_t{1};
      v = asdouble(iv);
    }
    return th + v;
  }
};

// --- log part (pow_data.c) ---------------------------------------------------------------------

constexpr int kLogTableBits = 7;
constexpr int kLogN = 1 << kLogTableBits;
constexpr uint64_t kOff = 0x3fe6955500000000ull;
constexpr double kLn2hi = 0x1.62e42fefa3800p-1;
constexpr double kLn2lo = 0x1.ef35793c76730p-45;
// Coefficients are scaled to match the scaling during evaluation.
constexpr double kA0 = -0x1p-1;
constexpr double kA1 = 0x1.555555555556p-2 * -2;
constexpr double kA2 = -0x1.0000000000006p-2 * -2;
constexpr double kA3 = 0x1.999999959554ep-3 * 4;
constexpr double kA4 = -0x1.555555529a47ap-3 * 4;
constexpr double kA5 = 0x1.2495b9b4845e9p-3 * -8;
constexpr double kA6 = -0x1.0002b8b263fc3p-3 * -8;

// z in [0x1.69555p-1, 0x1.69555p0] is split into N subintervals; c is near the centre of the
// ith one: invc = 1/c, logc = round(0x1p43*log(c))/0x1p43, logctail = log(c) - logc.
struct LogEntry {
  double invc, logc, logctail;
};
constexpr LogEntry kLogTab[kLogN] = {
    {0x1.6a00000000000p+0, -0x1.62c82f2b9c800p-2, 0x1.ab42428375680p-48},
    {0x1.6800000000000p+0, -0x1.5d1bdbf580800p-2, -0x1.ca508d8e0f720p-46},
    {0x1.6600000000000p+0, -0x1.5767717455800p-2, -0x1.362a4d5b6506dp-45},
    {0x1.6400000000000p+0, -0x1.51aad872df800p-2, -0x1.684e49eb067d5p-49},
    {0x1.6200000000000p+0, -0x1.4be5f95777800p-2, -0x1.41b6993293ee0p-47},
    {0x1.6000000000000p+0, -0x1.4618bc21c6000p-2, 0x1.3d82f484c84ccp-46},
    {0x1.5e00000000000p+0, -0x1.404308686a800p-2, 0x1.c42f3ed820b3ap-50},
    {0x1.5c00000000000p+0, -0x1.3a64c55694800p-2, 0x1.0b1c686519460p-45},
    {0x1.5a00000000000p+0, -0x1.347dd9a988000p-2, 0x1.5594dd4c58092p-45},
    {0x1.5800000000000p+0, -0x1.2e8e2bae12000p-2, 0x1.67b1e99b72bd8p-45},
    {0x1.5600000000000p+0, -0x1.2895a13de8800p-2, 0x1.5ca14b6cfb03fp-46},
    {0x1.5600000000000p+0, -0x1.2895a13de8800p-2, 0x1.5ca14b6cfb03fp-46},
    {0x1.5400000000000p+0, -0x1.22941fbcf7800p-2, -0x1.65a242853da76p-46},
    {0x1.5200000000000p+0, -0x1.1c898c1699800p-2, -0x1.fafbc68e75404p-46},
    {0x1.5000000000000p+0, -0x1.1675cababa800p-2, 0x1.f1fc63382a8f0p-46},
    {0x1.4e00000000000p+0, -0x1.1058bf9ae4800p-2, -0x1.6a8c4fd055a66p-45},
    {0x1.4c00000000000p+0, -0x1.0a324e2739000p-2, -0x1.c6bee7ef4030ep-47},
    {0x1.4a00000000000p+0, -0x1.0402594b4d000p-2, -0x1.036b89ef42d7fp-48},
    {0x1.4a00000000000p+0, -0x1.0402594b4d000p-2, -0x1.036b89ef42d7fp-48},
    {0x1.4800000000000p+0, -0x1.fb9186d5e4000p-3, 0x1.d572aab993c87p-47},
    {0x1.4600000000000p+0, -0x1.ef0adcbdc6000p-3, 0x1.b26b79c86af24p-45},
    {0x1.4400000000000p+0, -0x1.e27076e2af000p-3, -0x1.72f4f543fff10p-46},
    {0x1.4200000000000p+0, -0x1.d5c216b4fc000p-3, 0x1.1ba91bbca681bp-45},
    {0x1.4000000000000p+0, -0x1.c8ff7c79aa000p-3, 0x1.7794f689f8434p-45},
    {0x1.4000000000000p+0, -0x1.c8ff7c79aa000p-3, 0x1.7794f689f8434p-45},
    {0x1.3e00000000000p+0, -0x1.bc286742d9000p-3, 0x1.94eb0318bb78fp-46},
    {0x1.3c00000000000p+0, -0x1.af3c94e80c000p-3, 0x1.a4e633fcd9066p-52},
    {0x1.3a00000000000p+0, -0x1.a23bc1fe2b000p-3, -0x1.58c64dc46c1eap-45},
    {0x1.3a00000000000p+0, -0x1.a23bc1fe2b000p-3, -0x1.58c64dc46c1eap-45},
    {0x1.3800000000000p+0, -0x1.9525a9cf45000p-3, -0x1.ad1d904c1d4e3p-45},
    {0x1.3600000000000p+0, -0x1.87fa06520d000p-3, 0x1.bbdbf7fdbfa09p-45},
    {0x1.3400000000000p+0, -0x1.7ab890210e000p-3, 0x1.bdb9072534a58p-45},
    {0x1.3400000000000p+0, -0x1.7ab890210e000p-3, 0x1.bdb9072534a58p-45},
    {0x1.3200000000000p+0, -0x1.6d60fe719d000p-3, -0x1.0e46aa3b2e266p-46},
    {0x1.3000000000000p+0, -0x1.5ff3070a79000p-3, -0x1.e9e439f105039p-46},
    {0x1.3000000000000p+0, -0x1.5ff3070a79000p-3, -0x1.e9e439f105039p-46},
    {0x1.2e00000000000p+0, -0x1.526e5e3a1b000p-3, -0x1.0de8b90075b8fp-45},
    {0x1.2c00000000000p+0, -0x1.44d2b6ccb8000p-3, 0x1.70cc16135783cp-46},
    {0x1.2c00000000000p+0, -0x1.44d2b6ccb8000p-3, 0x1.70cc16135783cp-46},
    {0x1.2a00000000000p+0, -0x1.371fc201e9000p-3, 0x1.178864d27543ap-48},
    {0x1.2800000000000p+0, -0x1.29552f81ff000p-3, -0x1.48d301771c408p-45},
    {0x1.2600000000000p+0, -0x1.1b72ad52f6000p-3, -0x1.e80a41811a396p-45},
    {0x1.2600000000000p+0, -0x1.1b72ad52f6000p-3, -0x1.e80a41811a396p-45},
    {0x1.2400000000000p+0, -0x1.0d77e7cd09000p-3, 0x1.a699688e85bf4p-47},
    {0x1.2400000000000p+0, -0x1.0d77e7cd09000p-3, 0x1.a699688e85bf4p-47},
    {0x1.2200000000000p+0, -0x1.fec9131dbe000p-4, -0x1.575545ca333f2p-45},
    {0x1.2000000000000p+0, -0x1.e27076e2b0000p-4, 0x1.a342c2af0003cp-45},
    {0x1.2000000000000p+0, -0x1.e27076e2b0000p-4, 0x1.a342c2af0003cp-45},
    {0x1.1e00000000000p+0, -0x1.c5e548f5bc000p-4, -0x1.d0c57585fbe06p-46},
    {0x1.1c00000000000p+0, -0x1.a926d3a4ae000p-4, 0x1.53935e85baac8p-45},
    {0x1.1c00000000000p+0, -0x1.a926d3a4ae000p-4, 0x1.53935e85baac8p-45},
    {0x1.1a00000000000p+0, -0x1.8c345d631a000p-4, 0x1.37c294d2f5668p-46},
    {0x1.1a00000000000p+0, -0x1.8c345d631a000p-4, 0x1.37c294d2f5668p-46},
    {0x1.1800000000000p+0, -0x1.6f0d28ae56000p-4, -0x1.69737c93373dap-45},
    {0x1.1600000000000p+0, -0x1.51b073f062000p-4, 0x1.f025b61c65e57p-46},
    {0x1.1600000000000p+0, -0x1.51b073f062000p-4, 0x1.f025b61c65e57p-46},
    {0x1.1400000000000p+0, -0x1.341d7961be000p-4, 0x1.c5edaccf913dfp-45},
    {0x1.1400000000000p+0, -0x1.341d7961be000p-4, 0x1.c5edaccf913dfp-45},
    {0x1.1200000000000p+0, -0x1.16536eea38000p-4, 0x1.47c5e768fa309p-46},
    {0x1.1000000000000p+0, -0x1.f0a30c0118000p-5, 0x1.d599e83368e91p-45},
    {0x1.1000000000000p+0, -0x1.f0a30c0118000p-5, 0x1.d599e83368e91p-45},
    {0x1.0e00000000000p+0, -0x1.b42dd71198000p-5, 0x1.c827ae5d6704cp-46},
    {0x1.0e00000000000p+0, -0x1.b42dd71198000p-5, 0x1.c827ae5d6704cp-46},
    {0x1.0c00000000000p+0, -0x1.77458f632c000p-5, -0x1.cfc4634f2a1eep-45},
    {0x1.0c00000000000p+0, -0x1.77458f632c000p-5, -0x1.cfc4634f2a1eep-45},
    {0x1.0a00000000000p+0, -0x1.39e87b9fec000p-5, 0x1.502b7f526feaap-48},
    {0x1.0a00000000000p+0, -0x1.39e87b9fec000p-5, 0x1.502b7f526feaap-48},
    {0x1.0800000000000p+0, -0x1.f829b0e780000p-6, -0x1.980267c7e09e4p-45},
    {0x1.0800000000000p+0, -0x1.f829b0e780000p-6, -0x1.980267c7e09e4p-45},
    {0x1.0600000000000p+0, -0x1.7b91b07d58000p-6, -0x1.88d5493faa639p-45},
    {0x1.0400000000000p+0, -0x1.fc0a8b0fc0000p-7, -0x1.f1e7cf6d3a69cp-50},
    {0x1.0400000000000p+0, -0x1.fc0a8b0fc0000p-7, -0x1.f1e7cf6d3a69cp-50},
    {0x1.0200000000000p+0, -0x1.fe02a6b100000p-8, -0x1.9e23f0dda40e4p-46},
    {0x1.0200000000000p+0, -0x1.fe02a6b100000p-8, -0x1.9e23f0dda40e4p-46},
    {0x1.0000000000000p+0, 0x0.0000000000000p+0, 0x0.0000000000000p+0},
    {0x1.0000000000000p+0, 0x0.0000000000000p+0, 0x0.0000000000000p+0},
    {0x1.fc00000000000p-1, 0x1.0101575890000p-7, -0x1.0c76b999d2be8p-46},
    {0x1.f800000000000p-1, 0x1.0205658938000p-6, -0x1.3dc5b06e2f7d2p-45},
    {0x1.f400000000000p-1, 0x1.8492528c90000p-6, -0x1.aa0ba325a0c34p-45},
    {0x1.f000000000000p-1, 0x1.0415d89e74000p-5, 0x1.111c05cf1d753p-47},
    {0x1.ec00000000000p-1, 0x1.466aed42e0000p-5, -0x1.c167375bdfd28p-45},
    {0x1.e800000000000p-1, 0x1.894aa149fc000p-5, -0x1.97995d05a267dp-46},
    {0x1.e400000000000p-1, 0x1.ccb73cdddc000p-5, -0x1.a68f247d82807p-46},
    {0x1.e200000000000p-1, 0x1.eea31c006c000p-5, -0x1.e113e4fc93b7bp-47},
    {0x1.de00000000000p-1, 0x1.1973bd1466000p-4, -0x1.5325d560d9e9bp-45},
    {0x1.da00000000000p-1, 0x1.3bdf5a7d1e000p-4, 0x1.cc85ea5db4ed7p-45},
    {0x1.d600000000000p-1, 0x1.5e95a4d97a000p-4, -0x1.c69063c5d1d1ep-45},
    {0x1.d400000000000p-1, 0x1.700d30aeac000p-4, 0x1.c1e8da99ded32p-49},
    {0x1.d000000000000p-1, 0x1.9335e5d594000p-4, 0x1.3115c3abd47dap-45},
    {0x1.cc00000000000p-1, 0x1.b6ac88dad6000p-4, -0x1.390802bf768e5p-46},
    {0x1.ca00000000000p-1, 0x1.c885801bc4000p-4, 0x1.646d1c65aacd3p-45},
    {0x1.c600000000000p-1, 0x1.ec739830a2000p-4, -0x1.dc068afe645e0p-45},
    {0x1.c400000000000p-1, 0x1.fe89139dbe000p-4, -0x1.534d64fa10afdp-45},
    {0x1.c000000000000p-1, 0x1.1178e8227e000p-3, 0x1.1ef78ce2d07f2p-45},
    {0x1.be00000000000p-1, 0x1.1aa2b7e23f000p-3, 0x1.ca78e44389934p-45},
    {0x1.ba00000000000p-1, 0x1.2d1610c868000p-3, 0x1.39d6ccb81b4a1p-47},
    {0x1.b800000000000p-1, 0x1.365fcb0159000p-3, 0x1.62fa8234b7289p-51},
    {0x1.b400000000000p-1, 0x1.4913d8333b000p-3, 0x1.5837954fdb678p-45},
    {0x1.b200000000000p-1, 0x1.527e5e4a1b000p-3, 0x1.633e8e5697dc7p-45},
    {0x1.ae00000000000p-1, 0x1.6574ebe8c1000p-3, 0x1.9cf8b2c3c2e78p-46},
    {0x1.ac00000000000p-1, 0x1.6f0128b757000p-3, -0x1.5118de59c21e1p-45},
    {0x1.aa00000000000p-1, 0x1.7898d85445000p-3, -0x1.c661070914305p-46},
    {0x1.a600000000000p-1, 0x1.8beafeb390000p-3, -0x1.73d54aae92cd1p-47},
    {0x1.a400000000000p-1, 0x1.95a5adcf70000p-3, 0x1.7f22858a0ff6fp-47},
    {0x1.a000000000000p-1, 0x1.a93ed3c8ae000p-3, -0x1.8724350562169p-45},
    {0x1.9e00000000000p-1, 0x1.b31d8575bd000p-3, -0x1.c358d4eace1aap-47},
    {0x1.9c00000000000p-1, 0x1.bd087383be000p-3, -0x1.d4bc4595412b6p-45},
    {0x1.9a00000000000p-1, 0x1.c6ffbc6f01000p-3, -0x1.1ec72c5962bd2p-48},
    {0x1.9600000000000p-1, 0x1.db13db0d49000p-3, -0x1.aff2af715b035p-45},
    {0x1.9400000000000p-1, 0x1.e530effe71000p-3, 0x1.212276041f430p-51},
    {0x1.9200000000000p-1, 0x1.ef5ade4dd0000p-3, -0x1.a211565bb8e11p-51},
    {0x1.9000000000000p-1, 0x1.f991c6cb3b000p-3, 0x1.bcbecca0cdf30p-46},
    {0x1.8c00000000000p-1, 0x1.07138604d5800p-2, 0x1.89cdb16ed4e91p-48},
    {0x1.8a00000000000p-1, 0x1.0c42d67616000p-2, 0x1.7188b163ceae9p-45},
    {0x1.8800000000000p-1, 0x1.1178e8227e800p-2, -0x1.c210e63a5f01cp-45},
    {0x1.8600000000000p-1, 0x1.16b5ccbacf800p-2, 0x1.b9acdf7a51681p-45},
    {0x1.8400000000000p-1, 0x1.1bf99635a6800p-2, 0x1.ca6ed5147bdb7p-45},
    {0x1.8200000000000p-1, 0x1.214456d0eb800p-2, 0x1.a87deba46baeap-47},
    {0x1.7e00000000000p-1, 0x1.2bef07cdc9000p-2, 0x1.a9cfa4a5004f4p-45},
    {0x1.7c00000000000p-1, 0x1.314f1e1d36000p-2, -0x1.8e27ad3213cb8p-45},
    {0x1.7a00000000000p-1, 0x1.36b6776be1000p-2, 0x1.16ecdb0f177c8p-46},
    {0x1.7800000000000p-1, 0x1.3c25277333000p-2, 0x1.83b54b606bd5cp-46},
    {0x1.7600000000000p-1, 0x1.419b423d5e800p-2, 0x1.8e436ec90e09dp-47},
    {0x1.7400000000000p-1, 0x1.4718dc271c800p-2, -0x1.f27ce0967d675p-45},
    {0x1.7200000000000p-1, 0x1.4c9e09e173000p-2, -0x1.e20891b0ad8a4p-45},
    {0x1.7000000000000p-1, 0x1.522ae0738a000p-2, 0x1.ebe708164c759p-45},
    {0x1.6e00000000000p-1, 0x1.57bf753c8d000p-2, 0x1.fadedee5d40efp-46},
    {0x1.6c00000000000p-1, 0x1.5d5bddf596000p-2, -0x1.a0b2a08a465dcp-47},
};

// --- exp part (exp_data.c) ---------------------------------------------------------------------

constexpr int kExpTableBits = 7;
constexpr uint64_t kExpN = 1 << kExpTableBits;
constexpr double kInvLn2N = 0x1.71547652b82fep0 * kExpN;
constexpr double kNegLn2hiN = -0x1.62e42fefa0000p-8;
constexpr double kNegLn2loN = -0x1.cf79abc9e3b3ap-47;
constexpr double kShift = 0x1.8p52;
constexpr double kC2 = 0x1.ffffffffffdbdp-2;
constexpr double kC3 = 0x1.555555555543cp-3;
constexpr double kC4 = 0x1.55555cf172b91p-5;
constexpr double kC5 = 0x1.1111167a4d017p-7;
// 2^(k/N) ~= H[k]*(1 + T[k]) for int k in [0,N)
// tab[2*k] = asuint64(T[k])
// tab[2*k+1] = asuint64(H[k]) - (k << 52)/N
constexpr uint64_t kExpTab[2 * kExpN] = {
    0x0ull, 0x3ff0000000000000ull,
    0x3c9b3b4f1a88bf6eull, 0x3feff63da9fb3335ull,
    0xbc7160139cd8dc5dull, 0x3fefec9a3e778061ull,
    0xbc905e7a108766d1ull, 0x3fefe315e86e7f85ull,
    0x3c8cd2523567f613ull, 0x3fefd9b0d3158574ull,
    0xbc8bce8023f98efaull, 0x3fefd06b29ddf6deull,
    0x3c60f74e61e6c861ull, 0x3fefc74518759bc8ull,
    0x3c90a3e45b33d399ull, 0x3fefbe3ecac6f383ull,
    0x3c979aa65d837b6dull, 0x3fefb5586cf9890full,
    0x3c8eb51a92fdeffcull, 0x3fefac922b7247f7ull,
    0x3c3ebe3d702f9cd1ull, 0x3fefa3ec32d3d1a2ull,
    0xbc6a033489906e0bull, 0x3fef9b66affed31bull,
    0xbc9556522a2fbd0eull, 0x3fef9301d0125b51ull,
    0xbc5080ef8c4eea55ull, 0x3fef8abdc06c31ccull,
    0xbc91c923b9d5f416ull, 0x3fef829aaea92de0ull,
    0x3c80d3e3e95c55afull, 0x3fef7a98c8a58e51ull,
    0xbc801b15eaa59348ull, 0x3fef72b83c7d517bull,
    0xbc8f1ff055de323dull, 0x3fef6af9388c8deaull,
    0x3c8b898c3f1353bfull, 0x3fef635beb6fcb75ull,
    0xbc96d99c7611eb26ull, 0x3fef5be084045cd4ull,
    0x3c9aecf73e3a2f60ull, 0x3fef54873168b9aaull,
    0xbc8fe782cb86389dull, 0x3fef4d5022fcd91dull,
    0x3c8a6f4144a6c38dull, 0x3fef463b88628cd6ull,
    0x3c807a05b0e4047dull, 0x3fef3f49917ddc96ull,
    0x3c968efde3a8a894ull, 0x3fef387a6e756238ull,
    0x3c875e18f274487dull, 0x3fef31ce4fb2a63full,
    0x3c80472b981fe7f2ull, 0x3fef2b4565e27cddull,
    0xbc96b87b3f71085eull, 0x3fef24dfe1f56381ull,
    0x3c82f7e16d09ab31ull, 0x3fef1e9df51fdee1ull,
    0xbc3d219b1a6fbffaull, 0x3fef187fd0dad990ull,
    0x3c8b3782720c0ab4ull, 0x3fef1285a6e4030bull,
    0x3c6e149289cecb8full, 0x3fef0cafa93e2f56ull,
    0x3c834d754db0abb6ull, 0x3fef06fe0a31b715ull,
    0x3c864201e2ac744cull, 0x3fef0170fc4cd831ull,
    0x3c8fdd395dd3f84aull, 0x3feefc08b26416ffull,
    0xbc86a3803b8e5b04ull, 0x3feef6c55f929ff1ull,
    0xbc924aedcc4b5068ull, 0x3feef1a7373aa9cbull,
    0xbc9907f81b512d8eull, 0x3feeecae6d05d866ull,
    0xbc71d1e83e9436d2ull, 0x3feee7db34e59ff7ull,
    0xbc991919b3ce1b15ull, 0x3feee32dc313a8e5ull,
    0x3c859f48a72a4c6dull, 0x3feedea64c123422ull,
    0xbc9312607a28698aull, 0x3feeda4504ac801cull,
    0xbc58a78f4817895bull, 0x3feed60a21f72e2aull,
    0xbc7c2c9b67499a1bull, 0x3feed1f5d950a897ull,
    0x3c4363ed60c2ac11ull, 0x3feece086061892dull,
    0x3c9666093b0664efull, 0x3feeca41ed1d0057ull,
    0x3c6ecce1daa10379ull, 0x3feec6a2b5c13cd0ull,
    0x3c93ff8e3f0f1230ull, 0x3feec32af0d7d3deull,
    0x3c7690cebb7aafb0ull, 0x3feebfdad5362a27ull,
    0x3c931dbdeb54e077ull, 0x3feebcb299fddd0dull,
    0xbc8f94340071a38eull, 0x3feeb9b2769d2ca7ull,
    0xbc87deccdc93a349ull, 0x3feeb6daa2cf6642ull,
    0xbc78dec6bd0f385full, 0x3feeb42b569d4f82ull,
    0xbc861246ec7b5cf6ull, 0x3feeb1a4ca5d920full,
    0x3c93350518fdd78eull, 0x3feeaf4736b527daull,
    0x3c7b98b72f8a9b05ull, 0x3feead12d497c7fdull,
    0x3c9063e1e21c5409ull, 0x3feeab07dd485429ull,
    0x3c34c7855019c6eaull, 0x3feea9268a5946b7ull,
    0x3c9432e62b64c035ull, 0x3feea76f15ad2148ull,
    0xbc8ce44a6199769full, 0x3feea5e1b976dc09ull,
    0xbc8c33c53bef4da8ull, 0x3feea47eb03a5585ull,
    0xbc845378892be9aeull, 0x3feea34634ccc320ull,
    0xbc93cedd78565858ull, 0x3feea23882552225ull,
    0x3c5710aa807e1964ull, 0x3feea155d44ca973ull,
    0xbc93b3efbf5e2228ull, 0x3feea09e667f3bcdull,
    0xbc6a12ad8734b982ull, 0x3feea012750bdabfull,
    0xbc6367efb86da9eeull, 0x3fee9fb23c651a2full,
    0xbc80dc3d54e08851ull, 0x3fee9f7df9519484ull,
    0xbc781f647e5a3ecfull, 0x3fee9f75e8ec5f74ull,
    0xbc86ee4ac08b7db0ull, 0x3fee9f9a48a58174ull,
    0xbc8619321e55e68aull, 0x3fee9feb564267c9ull,
    0x3c909ccb5e09d4d3ull, 0x3feea0694fde5d3full,
    0xbc7b32dcb94da51dull, 0x3feea11473eb0187ull,
    0x3c94ecfd5467c06bull, 0x3feea1ed0130c132ull,
    0x3c65ebe1abd66c55ull, 0x3feea2f336cf4e62ull,
    0xbc88a1c52fb3cf42ull, 0x3feea427543e1a12ull,
    0xbc9369b6f13b3734ull, 0x3feea589994cce13ull,
    0xbc805e843a19ff1eull, 0x3feea71a4623c7adull,
    0xbc94d450d872576eull, 0x3feea8d99b4492edull,
    0x3c90ad675b0e8a00ull, 0x3feeaac7d98a6699ull,
    0x3c8db72fc1f0eab4ull, 0x3feeace5422aa0dbull,
    0xbc65b6609cc5e7ffull, 0x3feeaf3216b5448cull,
    0x3c7bf68359f35f44ull, 0x3feeb1ae99157736ull,
    0xbc93091fa71e3d83ull, 0x3feeb45b0b91ffc6ull,
    0xbc5da9b88b6c1e29ull, 0x3feeb737b0cdc5e5ull,
    0xbc6c23f97c90b959ull, 0x3feeba44cbc8520full,
    0xbc92434322f4f9aaull, 0x3feebd829fde4e50ull,
    0xbc85ca6cd7668e4bull, 0x3feec0f170ca07baull,
    0x3c71affc2b91ce27ull, 0x3feec49182a3f090ull,
    0x3c6dd235e10a73bbull, 0x3feec86319e32323ull,
    0xbc87c50422622263ull, 0x3feecc667b5de565ull,
    0x3c8b1c86e3e231d5ull, 0x3feed09bec4a2d33ull,
    0xbc91bbd1d3bcbb15ull, 0x3feed503b23e255dull,
    0x3c90cc319cee31d2ull, 0x3feed99e1330b358ull,
    0x3c8469846e735ab3ull, 0x3feede6b5579fdbfull,
    0xbc82dfcd978e9db4ull, 0x3feee36bbfd3f37aull,
    0x3c8c1a7792cb3387ull, 0x3feee89f995ad3adull,
    0xbc907b8f4ad1d9faull, 0x3feeee07298db666ull,
    0xbc55c3d956dcaebaull, 0x3feef3a2b84f15fbull,
    0xbc90a40e3da6f640ull, 0x3feef9728de5593aull,
    0xbc68d6f438ad9334ull, 0x3feeff76f2fb5e47ull,
    0xbc91eee26b588a35ull, 0x3fef05b030a1064aull,
    0x3c74ffd70a5fddcdull, 0x3fef0c1e904bc1d2ull,
    0xbc91bdfbfa9298acull, 0x3fef12c25bd71e09ull,
    0x3c736eae30af0cb3ull, 0x3fef199bdd85529cull,
    0x3c8ee3325c9ffd94ull, 0x3fef20ab5fffd07aull,
    0x3c84e08fd10959acull, 0x3fef27f12e57d14bull,
    0x3c63cdaf384e1a67ull, 0x3fef2f6d9406e7b5ull,
    0x3c676b2c6c921968ull, 0x3fef3720dcef9069ull,
    0xbc808a1883ccb5d2ull, 0x3fef3f0b555dc3faull,
    0xbc8fad5d3ffffa6full, 0x3fef472d4a07897cull,
    0xbc900dae3875a949ull, 0x3fef4f87080d89f2ull,
    0x3c74a385a63d07a7ull, 0x3fef5818dcfba487ull,
    0xbc82919e2040220full, 0x3fef60e316c98398ull,
    0x3c8e5a50d5c192acull, 0x3fef69e603db3285ull,
    0x3c843a59ac016b4bull, 0x3fef7321f301b460ull,
    0xbc82d52107b43e1full, 0x3fef7c97337b9b5full,
    0xbc892ab93b470dc9ull, 0x3fef864614f5a129ull,
    0x3c74b604603a88d3ull, 0x3fef902ee78b3ff6ull,
    0x3c83c5ec519d7271ull, 0x3fef9a51fbc74c83ull,
    0xbc8ff7128fd391f0ull, 0x3fefa4afa2a490daull,
    0xbc8dae98e223747dull, 0x3fefaf482d8e67f1ull,
    0x3c8ec3bc41aa2008ull, 0x3fefba1bee615a27ull,
    0x3c842b94c3a9eb32ull, 0x3fefc52b376bba97ull,
    0x3c8a64a931d185eeull, 0x3fefd0765b6e4540ull,
    0xbc8e37bae43be3edull, 0x3fefdbfdad9cbe14ull,
    0x3c77893b4d91cd9dull, 0x3fefe7c1819e90d8ull,
    0x3c5305c14160cc89ull, 0x3feff3c22b8f71f1ull,
};

// Compute y+tail = log(x) where the rounded result is y and tail has about 15 more bits of
// precision. ix is the bit representation of x, normalized in the subnormal range using the
// sign bit for the exponent.
template <class F>
LS_POW_INLINE double log_inline(uint64_t ix, double* tail) {
  // x = 2^k z; where z is in range [kOff,2*kOff) and exact.
  uint64_t tmp = ix - kOff;
  int i = static_cast<int>((tmp >> (52 - kLogTableBits)) % kLogN);
  int k = static_cast<int>(static_cast<int64_t>(tmp) >> 52);  // arithmetic shift
  uint64_t iz = ix - (tmp & 0xfffull << 52);
  double z = asdouble(iz);
  double kd = static_cast<double>(k);

  // log(x) = k*Ln2 + log(c) + log1p(z/c-1).
  double invc = kLogTab[i].invc;
  double logc = kLogTab[i].logc;
  double logctail = kLogTab[i].logctail;

  // |z/c - 1| < 1/N, so r = z/c - 1 is exactly representable.
  double r = F::fma(z, invc, -1.0);

  // k*Ln2 + log(c) + r.  (The FMA build contracts both products here.)
  double t1 = F::fma(kd, kLn2hi, logc);
  double t2 = t1 + r;
  double lo1 = F::fma(kd, kLn2lo, logctail);
  double lo2 = t1 - t2 + r;

  double ar = kA0 * r;  // kA0 = -0.5
  double ar2 = r * ar;
  double ar3 = r * ar2;
  // k*Ln2 + log(c) + r + A[0]*r*r.
  double hi = t2 + ar2;
  double lo3 = F::fma(ar, r, -ar2);
  double lo4 = t2 - hi + ar2;
  // p = log1p(r) - r - A[0]*r*r, evaluated as the FMA build does:
  // A1 + r*A2 + ar2*(A3 + r*A4 + ar2*(A5 + r*A6)), each a*b+c fused.
  double q = F::fma(ar2, F::fma(ar2, F::fma(r, kA6, kA5), F::fma(r, kA4, kA3)),
                      F::fma(r, kA2, kA1));
  // lo = lo1 + lo2 + lo3 + lo4 + ar3*q, the last product fused into the last sum.
  double lo = F::fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  double y = hi + lo;
  *tail = hi - y + lo;
  return y;
}

// Cases that may overflow or underflow when computing scale*(1+tmp) without intermediate
// rounding. sbits is the bit representation of scale, with a computed exponent that may have
// overflowed into the sign bit. (int32_t)ki is the k of the argument reduction: positive means
// the result may overflow, negative that it may underflow.
template <class F>
LS_POW_INLINE double specialcase(double tmp, uint64_t sbits, uint64_t ki) {
  if ((ki & 0x80000000) == 0) {
    // k > 0, the exponent of scale might have overflowed by <= 460.
    sbits -= 1009ull << 52;
    double scale = asdouble(sbits);
    return 0x1p1009 * F::fma(scale, tmp, scale);
  }
  // k < 0, need special care in the subnormal range.
  sbits += 1022ull << 52;
  // Note: sbits is signed scale.
  double scale = asdouble(sbits);
  double st = scale * tmp;  // not fused in the FMA build (it is reused below)
  double y = scale + st;
  if (std::fabs(y) < 1.0) {
    // Round y to the right precision before scaling it into the subnormal range to avoid
    // double rounding.
    double one = y < 0.0 ? -1.0 : 1.0;
    double lo = scale - y + st;
    double hi = one + y;
    lo = one - hi + y + lo;
    y = (hi + lo) - one;
    // Fix the sign of 0.
    if (y == 0.0) y = asdouble(sbits & 0x8000000000000000ull);
  }
  return 0x1p-1022 * y;
}

LS_POW_INLINE double oflow(uint32_t sign) {
  return sign ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
}
LS_POW_INLINE double uflow(uint32_t sign) { return sign ? -0.0 : 0.0; }

constexpr uint32_t kSignBias = 0x800 << kExpTableBits;

// Computes sign*exp(x+xtail) where |xtail| < 2^-8/N and |xtail| <= |x|. sign_bias is kSignBias
// or 0 and sets the sign to -1 or 1.
template <class F>
LS_POW_INLINE double exp_inline(double x, double xtail, uint32_t sign_bias) {
  uint32_t abstop = top12(x) & 0x7ff;
  if (abstop - top12(0x1p-54) >= top12(512.0) - top12(0x1p-54)) [[unlikely]] {
    if (abstop - top12(0x1p-54) >= 0x80000000) {
      // Avoid spurious underflow for tiny x. Note: 0 is common input.
      double one = 1.0 + x;
      return sign_bias ? -one : one;
    }
    if (abstop >= top12(1024.0)) {
      // Note: inf and nan are already handled.
      if (asuint64(x) >> 63) return uflow(sign_bias);
      return oflow(sign_bias);
    }
    // Large x is special cased below.
    abstop = 0;
  }

  // exp(x) = 2^(k/N) * exp(r), with exp(r) in [2^(-1/2N),2^(1/2N)].
  // x = ln2/N*k + r, with int k and r in [-ln2/2N, ln2/2N].
  // z = InvLn2N*x; kd = z + Shift: fused in the FMA build.
  double kd = F::fma(x, kInvLn2N, kShift);
  uint64_t ki = asuint64(kd);
  kd -= kShift;
  double r = F::fma(kd, kNegLn2loN, F::fma(kd, kNegLn2hiN, x));
  // The code assumes 2^-200 < |xtail| < 2^-8/N.
  r += xtail;
  // 2^(k/N) ~= scale * (1 + tail).
  uint64_t idx = 2 * (ki % kExpN);
  uint64_t top = (ki + sign_bias) << (52 - kExpTableBits);
  double tail = asdouble(kExpTab[idx]);
  // This is only a valid scale when -1023*N < k < 1024*N.
  uint64_t sbits = kExpTab[idx + 1] + top;
  // exp(x) = 2^(k/N) * exp(r) ~= scale + scale * (tail + exp(r) - 1).
  // tmp = tail + r + r2*(C2 + r*C3) + r2*r2*(C4 + r*C5), fused as in the FMA build.
  double r2 = r * r;
  double tmp = F::fma(F::fma(r, kC3, kC2), r2, tail + r);
  tmp = F::fma(F::fma(r, kC5, kC4), r2 * r2, tmp);
  if (abstop == 0) [[unlikely]]
    return specialcase<F>(tmp, sbits, ki);
  double scale = asdouble(sbits);
  return F::fma(scale, tmp, scale);
}

// Returns 0 if not int, 1 if odd int, 2 if even int. The argument is the bit representation of
// a non-zero finite floating-point value.
LS_POW_INLINE int checkint(uint64_t iy) {
  int e = static_cast<int>(iy >> 52 & 0x7ff);
  if (e < 0x3ff) return 0;
  if (e > 0x3ff + 52) return 2;
  if (iy & ((1ull << (0x3ff + 52 - e)) - 1)) return 0;
  if (iy & (1ull << (0x3ff + 52 - e))) return 1;
  return 2;
}

// Returns true if the input is the bit representation of 0, infinity or nan.
LS_POW_INLINE bool zeroinfnan(uint64_t i) { return 2 * i - 1 >= 2 * asuint64(INFINITY) - 1; }

LS_POW_INLINE bool issignaling(double x) {
  uint64_t ix = asuint64(x);
  return 2 * (ix ^ 0x0008000000000000ull) > 2 * 0x7ff8000000000000ull;
}

template <class F>
LS_POW_INLINE double pow_body(double x, double y) {
  uint32_t sign_bias = 0;
  uint64_t ix = asuint64(x);
  uint64_t iy = asuint64(y);
  uint32_t topx = top12(x);
  uint32_t topy = top12(y);
  if (topx - 0x001 >= 0x7ff - 0x001 || (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) [[unlikely]] {
    // Note: if |y| > 1075 * ln2 * 2^53 ~= 0x1.749p62 then pow(x,y) = inf/0
    // and if |y| < 2^-54 / 1075 ~= 0x1.e7b6p-65 then pow(x,y) = +-1.
    // Special cases: (x < 0x1p-126 or inf or nan) or (|y| < 0x1p-65 or |y| >= 0x1p63 or nan).
    if (zeroinfnan(iy)) [[unlikely]] {
      if (2 * iy == 0) return issignaling(x) ? x + y : 1.0;
      if (ix == asuint64(1.0)) return issignaling(y) ? x + y : 1.0;
      if (2 * ix > 2 * asuint64(INFINITY) || 2 * iy > 2 * asuint64(INFINITY)) return x + y;
      if (2 * ix == 2 * asuint64(1.0)) return 1.0;
      if ((2 * ix < 2 * asuint64(1.0)) == !(iy >> 63))
        return 0.0;  // |x|<1 && y==inf or |x|>1 && y==-inf.
      return y * y;
    }
    if (zeroinfnan(ix)) [[unlikely]] {
      double x2 = x * x;
      if (ix >> 63 && checkint(iy) == 1) x2 = -x2;
      return iy >> 63 ? 1 / x2 : x2;
    }
    // Here x and y are non-zero finite.
    if (ix >> 63) {
      // Finite x < 0.
      int yint = checkint(iy);
      if (yint == 0) return (x - x) / (x - x);  // invalid: NaN (glibc's __math_invalid)
      if (yint == 1) sign_bias = kSignBias;
      ix &= 0x7fffffffffffffffull;
      topx &= 0x7ff;
    }
    if ((topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
      // Note: sign_bias == 0 here because y is not odd.
      if (ix == asuint64(1.0)) return 1.0;
      if ((topy & 0x7ff) < 0x3be) {
        // |y| < 2^-65, x^y ~= 1 + y*log(x).
        return ix > asuint64(1.0) ? 1.0 + y : 1.0 - y;
      }
      return (ix > asuint64(1.0)) == (topy < 0x800) ? oflow(0) : uflow(0);
    }
    if (topx == 0) {
      // Normalize subnormal x so exponent becomes negative.
      ix = asuint64(x * 0x1p52);
      ix &= 0x7fffffffffffffffull;
      ix -= 52ull << 52;
    }
  }

  double lo;
  double hi = log_inline<F>(ix, &lo);
  double ehi = y * hi;
  double elo = F::fma(y, lo, F::fma(y, hi, -ehi));
  return exp_inline<F>(ehi, elo, sign_bias);
}

// On x86-64 the body is also compiled for hardware FMA and picked at run time (about 4x faster
// than SoftFma there). Both give the same bits.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__EMSCRIPTEN__)
#define LS_POW_DISPATCH 1
[[gnu::target("fma")]] double pow_fma(double x, double y) { return pow_body<HwFma>(x, y); }
#endif
double pow_generic(double x, double y) { return pow_body<SoftFma>(x, y); }

}  // namespace

double py_pow(double x, double y) {
#ifdef LS_POW_DISPATCH
  static const bool has_fma = __builtin_cpu_supports("fma");
  return has_fma ? pow_fma(x, y) : pow_generic(x, y);
#else
  return pow_generic(x, y);
#endif
}

}  // namespace ls
