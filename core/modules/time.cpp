// The time module on LoopScope's virtual clock (modules/vclock.hpp): monotonic() and
// perf_counter() read the seconds since the run started, time() adds the virtual epoch
// (2026-01-01 00:00:00 UTC), sleep() advances the clock without waiting, and the calendar
// functions (gmtime, localtime, ctime, asctime, strftime, mktime) work in UTC — the local zone
// of every LoopScope run.
#include <cmath>
#include <cctype>
#include <cstdio>
#include <string>

#include "loop/green.hpp"
#include "modules/registry.hpp"
#include "modules/stdlib.hpp"
#include "modules/vclock.hpp"
#include "object/class.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace {

constexpr int64_t kEpochNs = 1767225600LL * 1000000000LL;

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

// A broken-down time with C's conventions (tm_year since 1900, tm_mon 0-11, tm_wday 0 = Sunday,
// tm_yday 0-365), like struct tm.
struct Tm {
  int64_t year;  // full year (not - 1900)
  int mon, mday, hour, min, sec, wday, yday, isdst;
  std::string zone = "UTC";
  int64_t gmtoff = 0;
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int64_t* y, int* m, int* d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (*m <= 2);
}

int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

Tm breakdown(int64_t t) {
  Tm tm;
  int64_t days = floor_div(t, 86400);
  int64_t secs = t - days * 86400;
  civil_from_days(days, &tm.year, &tm.mon, &tm.mday);
  tm.mon -= 1;
  tm.hour = static_cast<int>(secs / 3600);
  tm.min = static_cast<int>(secs / 60 % 60);
  tm.sec = static_cast<int>(secs % 60);
  tm.wday = static_cast<int>(((days + 4) % 7 + 7) % 7);
  tm.yday = static_cast<int>(days - days_from_civil(tm.year, 1, 1));
  tm.isdst = 0;
  return tm;
}

double now_seconds(Runtime& rt) { return kVirtualEpoch + virtual_now(rt); }

// An argument of gmtime()/localtime()/ctime(): None or absent means now; otherwise a number
// rounded toward minus infinity (CPython's _PyTime_ObjectToTime_t with ROUND_FLOOR).
bool seconds_arg(Runtime& rt, const Value& v, int64_t* out) {
  if (!v || rt.is_none(v)) {
    *out = static_cast<int64_t>(std::floor(now_seconds(rt)));
    return true;
  }
  if (is_float(rt, v)) {
    double d = float_value(v);
    if (std::isnan(d)) {
      rt.raise(rt.t.ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -67768040609740800.0 && d <= 67768036191676799.0)) {
      rt.raise(rt.t.OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *out = static_cast<int64_t>(d);
    return true;
  }
  Value i = index(rt, v);
  if (!i) return false;
  if (!int_to_int64(i, out) || *out < -67768040609740800LL || *out > 67768036191676799LL) {
    rt.raise(rt.t.OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  return true;
}

Value struct_time_type(Runtime& rt, const Value& module) {
  return getattr(rt, module, "struct_time");
}

Value make_struct_time(Runtime& rt, const Value& module, const Tm& tm) {
  Value cls = struct_time_type(rt, module);
  if (!cls) return nullptr;
  int pywday = (tm.wday + 6) % 7;
  Value fields = make_tuple(rt, {make_int(rt, tm.year), Value::small(tm.mon + 1), Value::small(tm.mday),
                                 Value::small(tm.hour), Value::small(tm.min), Value::small(tm.sec),
                                 Value::small(pywday), Value::small(tm.yday + 1), Value::small(tm.isdst),
                                 make_str(rt, tm.zone), make_int(rt, tm.gmtoff)});
  return call(rt, cls, {fields});
}

// CPython's gettmarg(): a 9-tuple or struct_time into a Tm (C conventions).
bool tuple_to_tm(Runtime& rt, const Value& module, const Value& v, const char* fname, Tm* tm) {
  if (!isinstance(rt, v, rt.t.tuple)) {
    rt.raise(rt.t.TypeError, "Tuple or struct_time argument required");
    return false;
  }
  auto* t = as_tuple(v);
  if (t->size != 9) {
    rt.raise(rt.t.TypeError, std::string(fname) + "(): illegal time tuple argument");
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; ++i) {
    const Value& item = (*t)[i];
    if (is_float(rt, item)) {
      rt.raise(rt.t.TypeError, "'float' object cannot be interpreted as an integer");
      return false;
    }
    Value iv = index(rt, item);
    if (!iv) return false;
    if (!int_to_int64(iv, &f[i]) || f[i] > INT32_MAX || f[i] < INT32_MIN) {
      rt.raise(rt.t.OverflowError, f[i] < 0 ? "signed integer is less than minimum"
                                            : "signed integer is greater than maximum");
      return false;
    }
  }
  tm->year = f[0];
  tm->mon = static_cast<int>(f[1] - 1);
  tm->mday = static_cast<int>(f[2]);
  tm->hour = static_cast<int>(f[3]);
  tm->min = static_cast<int>(f[4]);
  tm->sec = static_cast<int>(f[5]);
  tm->wday = static_cast<int>((f[6] + 1) % 7);
  tm->yday = static_cast<int>(f[7] - 1);
  tm->isdst = static_cast<int>(f[8]);
  tm->zone = "UTC";
  tm->gmtoff = 0;
  Value cls = struct_time_type(rt, module);
  if (cls && isinstance(rt, v, static_cast<TypeObject*>(cls.obj()))) {
    Value zone = getattr(rt, v, "tm_zone");
    if (!zone) return false;
    if (is_str(rt, zone)) tm->zone = std::string(str_view(zone));
    Value off = getattr(rt, v, "tm_gmtoff");
    if (!off) return false;
    if (is_int(rt, off)) int_to_int64(off, &tm->gmtoff);
  }
  rt.clear_error();
  return true;
}

// CPython's checktm(): range checks before asctime()/strftime().
bool check_tm(Runtime& rt, Tm* tm) {
  if (tm->mon == -1) {
    tm->mon = 0;
  } else if (tm->mon < 0 || tm->mon > 11) {
    rt.raise(rt.t.ValueError, "month out of range");
    return false;
  }
  if (tm->mday == 0) {
    tm->mday = 1;
  } else if (tm->mday < 0 || tm->mday > 31) {
    rt.raise(rt.t.ValueError, "day of month out of range");
    return false;
  }
  if (tm->hour < 0 || tm->hour > 23) {
    rt.raise(rt.t.ValueError, "hour out of range");
    return false;
  }
  if (tm->min < 0 || tm->min > 59) {
    rt.raise(rt.t.ValueError, "minute out of range");
    return false;
  }
  if (tm->sec < 0 || tm->sec > 61) {
    rt.raise(rt.t.ValueError, "seconds out of range");
    return false;
  }
  if (tm->wday < 0) {
    rt.raise(rt.t.ValueError, "day of week out of range");
    return false;
  }
  if (tm->yday == -1) {
    tm->yday = 0;
  } else if (tm->yday < 0 || tm->yday > 365) {
    rt.raise(rt.t.ValueError, "day of year out of range");
    return false;
  }
  return true;
}

std::string asctime_text(const Tm& tm) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.3s %.3s%3d %.2d:%.2d:%.2d %lld", kWeekdays[tm.wday], kMonths[tm.mon], tm.mday,
                tm.hour, tm.min, tm.sec, static_cast<long long>(tm.year));
  return buf;
}

// Seconds since the epoch of a broken-down UTC time (timegm; fields may be out of range).
int64_t tm_to_seconds(const Tm& tm) {
  int64_t y = tm.year + floor_div(tm.mon, 12);
  int64_t m = tm.mon - floor_div(tm.mon, 12) * 12;
  int64_t days = days_from_civil(y, m + 1, 1) + tm.mday - 1;
  return days * 86400 + int64_t(tm.hour) * 3600 + int64_t(tm.min) * 60 + tm.sec;
}

// ISO 8601 week-based year and week number.
void iso_week(const Tm& tm, int64_t* iso_year, int* week) {
  auto weeks_in = [](int64_t y) {
    auto p = [](int64_t yy) { return ((yy + floor_div(yy, 4) - floor_div(yy, 100) + floor_div(yy, 400)) % 7 + 7) % 7; };
    return (p(y) == 4 || p(y - 1) == 3) ? 53 : 52;
  };
  int iso_wday = (tm.wday + 6) % 7 + 1;  // Monday 1 .. Sunday 7
  int w = (tm.yday + 1 - iso_wday + 10) / 7;
  int64_t y = tm.year;
  if (w < 1) {
    --y;
    w = weeks_in(y);
  } else if (w > weeks_in(y)) {
    ++y;
    w = 1;
  }
  *iso_year = y;
  *week = w;
}

// strftime with the C locale and glibc's conversions and flags (-, _, 0, ^, # and a width).
std::string format_time(std::string_view fmt, const Tm& tm) {
  std::string out;
  size_t i = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c != '%') {
      out += c;
      ++i;
      continue;
    }
    size_t start = i++;
    char pad = 0;  // 0: default
    bool upper = false, swapcase = false;
    while (i < fmt.size() && (fmt[i] == '-' || fmt[i] == '_' || fmt[i] == '0' || fmt[i] == '^' || fmt[i] == '#')) {
      if (fmt[i] == '^') upper = true;
      else if (fmt[i] == '#') swapcase = true;
      else pad = fmt[i];
      ++i;
    }
    int width = -1;
    while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
      width = (width < 0 ? 0 : width * 10) + (fmt[i] - '0');
      ++i;
    }
    if (i < fmt.size() && (fmt[i] == 'E' || fmt[i] == 'O')) ++i;
    if (i >= fmt.size()) {
      out += fmt.substr(start);
      break;
    }
    char conv = fmt[i++];
    auto num = [&](int64_t v, int def_width, char def_pad) {
      char p = pad == '-' ? 0 : pad == '_' ? ' ' : pad == '0' ? '0' : def_pad;
      int w = width >= 0 ? width : def_width;
      bool neg = v < 0;
      std::string digits = std::to_string(neg ? -v : v);
      std::string s;
      if (p && static_cast<int>(digits.size()) + neg < w) {
        int fill = w - static_cast<int>(digits.size()) - neg;
        if (p == '0') s = (neg ? "-" : "") + std::string(static_cast<size_t>(fill), '0') + digits;
        else s = std::string(static_cast<size_t>(fill), ' ') + (neg ? "-" : "") + digits;
      } else {
        s = (neg ? "-" : "") + digits;
      }
      out += s;
    };
    auto text = [&](std::string s) {
      if (upper) {
        for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      } else if (swapcase) {
        bool all_upper = true;
        for (char ch : s) all_upper = all_upper && !std::islower(static_cast<unsigned char>(ch));
        for (char& ch : s) {
          ch = static_cast<char>(all_upper ? std::tolower(static_cast<unsigned char>(ch))
                                           : std::toupper(static_cast<unsigned char>(ch)));
        }
      }
      if (width > static_cast<int>(s.size()) && pad != '-') {
        s = std::string(static_cast<size_t>(width) - s.size(), pad == '0' ? '0' : ' ') + s;
      }
      out += s;
    };
    int hour12 = tm.hour % 12 == 0 ? 12 : tm.hour % 12;
    switch (conv) {
      case 'a': text(std::string(kWeekdays[tm.wday], 3)); break;
      case 'A': text(kWeekdays[tm.wday]); break;
      case 'b':
      case 'h': text(std::string(kMonths[tm.mon], 3)); break;
      case 'B': text(kMonths[tm.mon]); break;
      case 'c': text(format_time("%a %b %e %H:%M:%S %Y", tm)); break;
      case 'C': num(floor_div(tm.year, 100), 2, '0'); break;
      case 'd': num(tm.mday, 2, '0'); break;
      case 'D':
      case 'x': text(format_time("%m/%d/%y", tm)); break;
      case 'e': num(tm.mday, 2, ' '); break;
      case 'F': text(format_time("%Y-%m-%d", tm)); break;
      case 'G': {
        int64_t y;
        int w;
        iso_week(tm, &y, &w);
        num(y, 1, '0');
        break;
      }
      case 'g': {
        int64_t y;
        int w;
        iso_week(tm, &y, &w);
        num(((y % 100) + 100) % 100, 2, '0');
        break;
      }
      case 'H': num(tm.hour, 2, '0'); break;
      case 'I': num(hour12, 2, '0'); break;
      case 'j': num(tm.yday + 1, 3, '0'); break;
      case 'k': num(tm.hour, 2, ' '); break;
      case 'l': num(hour12, 2, ' '); break;
      case 'm': num(tm.mon + 1, 2, '0'); break;
      case 'M': num(tm.min, 2, '0'); break;
      case 'n': out += '\n'; break;
      case 'p': text(tm.hour < 12 ? "AM" : "PM"); break;
      case 'P': text(tm.hour < 12 ? "am" : "pm"); break;
      case 'r': text(format_time("%I:%M:%S %p", tm)); break;
      case 'R': text(format_time("%H:%M", tm)); break;
      case 's': num(tm_to_seconds(tm) - tm.gmtoff, 1, '0'); break;
      case 'S': num(tm.sec, 2, '0'); break;
      case 't': out += '\t'; break;
      case 'T':
      case 'X': text(format_time("%H:%M:%S", tm)); break;
      case 'u': num(tm.wday == 0 ? 7 : tm.wday, 1, '0'); break;
      case 'U': num((tm.yday + 7 - tm.wday) / 7, 2, '0'); break;
      case 'V': {
        int64_t y;
        int w;
        iso_week(tm, &y, &w);
        num(w, 2, '0');
        break;
      }
      case 'w': num(tm.wday, 1, '0'); break;
      case 'W': num((tm.yday + 7 - (tm.wday + 6) % 7) / 7, 2, '0'); break;
      case 'y': num(((tm.year % 100) + 100) % 100, 2, '0'); break;
      case 'Y': num(tm.year, 1, '0'); break;
      case 'z': {
        int64_t off = tm.gmtoff;
        char sign = off < 0 ? '-' : '+';
        if (off < 0) off = -off;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%c%02lld%02lld", sign, static_cast<long long>(off / 3600),
                      static_cast<long long>(off / 60 % 60));
        text(buf);
        break;
      }
      case 'Z': text(tm.zone); break;
      case '%': out += '%'; break;
      default: out += fmt.substr(start, i - start); break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Functions

Value t_time(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "time.time", 0, 0)) return nullptr;
  return make_float(rt, now_seconds(rt));
}

Value ns_value(Runtime& rt, double seconds, int64_t base) {
  return make_int(rt, base + static_cast<int64_t>(std::nearbyint(seconds * 1e9)));
}

Value t_time_ns(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "time.time_ns", 0, 0)) return nullptr;
  return ns_value(rt, virtual_now(rt), kEpochNs);
}

Value t_monotonic(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "time.monotonic", 0, 0)) return nullptr;
  return make_float(rt, virtual_now(rt));
}
Value t_monotonic_ns(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "time.monotonic_ns", 0, 0)) return nullptr;
  return ns_value(rt, virtual_now(rt), 0);
}
Value t_perf_counter(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "time.perf_counter", 0, 0)) return nullptr;
  return make_float(rt, virtual_now(rt));
}
Value t_perf_counter_ns(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "time.perf_counter_ns", 0, 0)) return nullptr;
  return ns_value(rt, virtual_now(rt), 0);
}
// CPU time: the program's virtual time too (nothing else is observable in a sandbox).
Value t_process_time(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "time.process_time", 0, 0)) return nullptr;
  return make_float(rt, virtual_now(rt));
}
Value t_process_time_ns(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "time.process_time_ns", 0, 0)) return nullptr;
  return ns_value(rt, virtual_now(rt), 0);
}

Value t_sleep(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "time.sleep", 1, 1)) return nullptr;
  double secs;
  if (is_float(rt, a[0])) {
    secs = float_value(a[0]);
    if (std::isnan(secs)) return rt.raise(rt.t.ValueError, "Invalid value NaN (not a number)");
    if (std::fabs(secs) > 9.2e9) return rt.raise(rt.t.OverflowError, "timestamp too large to convert to C _PyTime_t");
  } else {
    Value i = index(rt, a[0]);
    if (!i) return nullptr;
    int64_t n;
    if (!int_to_int64(i, &n) || n > 9223372036LL || n < -9223372036LL) {
      return rt.raise(rt.t.OverflowError, "timestamp too large to convert to C _PyTime_t");
    }
    secs = static_cast<double>(n);
  }
  if (secs < 0) return rt.raise(rt.t.ValueError, "sleep length must be non-negative");
  // Executor jobs are green threads (loop/green.cpp): one sleeps on its own clock; the main
  // thread sleeping lets them run as its clock passes their wake-ups.
  bool ok = true;
  if (green_sleep(rt, secs, &ok)) return ok ? rt.None() : nullptr;
  virtual_advance(rt, secs);
  return rt.None();
}

// "f() takes at most 1 argument (2 given)" (PyArg_ParseTuple's wording for an optional argument).
bool optional_arg(Runtime& rt, CallArgs a, const char* name) {
  Value out[1];
  return no_kwargs(rt, a, name) && parse_args(rt, a, name, {"x"}, 0, out, 1);
}

Value t_gmtime_impl(Runtime& rt, const Value& self, CallArgs a, const char* name, const char* zone) {
  if (!optional_arg(rt, a, name)) return nullptr;
  int64_t t;
  if (!seconds_arg(rt, a.nargs ? a[0] : Value(), &t)) return nullptr;
  Tm tm = breakdown(t);
  tm.zone = zone;
  return make_struct_time(rt, self, tm);
}
Value t_gmtime(Runtime& rt, const Value& self, CallArgs a) { return t_gmtime_impl(rt, self, a, "gmtime", "GMT"); }
Value t_localtime(Runtime& rt, const Value& self, CallArgs a) {
  return t_gmtime_impl(rt, self, a, "localtime", "UTC");
}

Value t_asctime(Runtime& rt, const Value& self, CallArgs a) {
  if (!optional_arg(rt, a, "asctime")) return nullptr;
  Tm tm;
  if (a.nargs) {
    if (!tuple_to_tm(rt, self, a[0], "asctime", &tm) || !check_tm(rt, &tm)) return nullptr;
  } else {
    tm = breakdown(static_cast<int64_t>(std::floor(now_seconds(rt))));
  }
  return make_str(rt, asctime_text(tm));
}

Value t_ctime(Runtime& rt, const Value&, CallArgs a) {
  if (!optional_arg(rt, a, "ctime")) return nullptr;
  int64_t t;
  if (!seconds_arg(rt, a.nargs ? a[0] : Value(), &t)) return nullptr;
  return make_str(rt, asctime_text(breakdown(t)));
}

Value t_mktime(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "time.mktime", 1, 1)) return nullptr;
  Tm tm;
  if (!tuple_to_tm(rt, self, a[0], "mktime", &tm)) return nullptr;
  return make_float(rt, static_cast<double>(tm_to_seconds(tm)));
}

Value t_strftime(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "strftime", 1, 2)) return nullptr;
  if (!is_str(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "strftime() argument 1 must be str, not " + type_name(rt, a[0]));
  }
  Tm tm;
  if (a.nargs == 2) {
    if (!tuple_to_tm(rt, self, a[1], "strftime", &tm) || !check_tm(rt, &tm)) return nullptr;
    if (tm.isdst < -1) tm.isdst = -1;
    if (tm.isdst > 1) tm.isdst = 1;
  } else {
    tm = breakdown(static_cast<int64_t>(std::floor(now_seconds(rt))));
  }
  std::string_view fmt = str_view(a[0]);
  if (fmt.find('\0') != std::string_view::npos) return rt.raise(rt.t.ValueError, "embedded null character");
  return make_str(rt, format_time(fmt, tm));
}

// time.strptime(): the parser is datetime's (Python); the result is a struct_time.
Value t_strptime(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "strptime", 1, 2)) return nullptr;
  Value dt = import_module(rt, make_str(rt, "datetime"));
  if (!dt) return nullptr;
  Value fn = getattr(rt, dt, "_strptime_time");
  if (!fn) return nullptr;
  Value fmt = a.nargs == 2 ? a[1] : make_str(rt, "%a %b %d %H:%M:%S %Y");
  Value fields = call(rt, fn, {a[0], fmt});
  if (!fields) return nullptr;
  Value cls = struct_time_type(rt, self);
  if (!cls) return nullptr;
  return call(rt, cls, {fields});
}

struct ClockInfo {
  const char* name;
  const char* implementation;
  bool monotonic;
  bool adjustable;
};
const ClockInfo kClocks[] = {
    {"time", "clock_gettime(CLOCK_REALTIME)", false, true},
    {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", true, false},
    {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", true, false},
    {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false},
    {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false},
};

Value t_get_clock_info(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "get_clock_info", 1, 1)) return nullptr;
  if (!is_str(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "get_clock_info() argument 1 must be str, not " + type_name(rt, a[0]));
  }
  std::string_view name = str_view(a[0]);
  for (const ClockInfo& c : kClocks) {
    if (name != c.name) continue;
    Value types = import_module(rt, make_str(rt, "types"));
    if (!types) return nullptr;
    Value ns = getattr(rt, types, "SimpleNamespace");
    if (!ns) return nullptr;
    Value kw = make_tuple(rt, {make_str(rt, "implementation"), make_str(rt, "monotonic"),
                               make_str(rt, "adjustable"), make_str(rt, "resolution")});
    Value args[4] = {make_str(rt, c.implementation), rt.Bool(c.monotonic), rt.Bool(c.adjustable),
                     make_float(rt, 1e-09)};
    return call(rt, ns, CallArgs{args, 0, as_tuple(kw)});
  }
  return rt.raise(rt.t.ValueError, "unknown clock");
}

const MethodDef kTimeFunctions[] = {
    {"time", t_time},
    {"time_ns", t_time_ns},
    {"monotonic", t_monotonic},
    {"monotonic_ns", t_monotonic_ns},
    {"perf_counter", t_perf_counter},
    {"perf_counter_ns", t_perf_counter_ns},
    {"process_time", t_process_time},
    {"process_time_ns", t_process_time_ns},
    {"thread_time", t_process_time},
    {"thread_time_ns", t_process_time_ns},
    {"sleep", t_sleep},
    {"gmtime", t_gmtime},
    {"localtime", t_localtime},
    {"asctime", t_asctime},
    {"ctime", t_ctime},
    {"mktime", t_mktime},
    {"strftime", t_strftime},
    {"strptime", t_strptime},
    {"get_clock_info", t_get_clock_info},
    {nullptr, nullptr},
};

}  // namespace

Value make_time_module(Runtime& rt) {
  Value helper = import_module(rt, make_str(rt, "_structseq"));
  if (!helper) return nullptr;
  Value st = getattr(rt, helper, "struct_time");
  if (!st) return nullptr;
  // _structseq is first imported while sys is made, before a module can import _loopscope.
  if (isinstance(rt, st, rt.t.type)) set_builtin_type_name(rt, static_cast<TypeObject*>(st.obj()), "time.struct_time");
  Value m = make_module(rt, "time");
  for (const MethodDef* d = kTimeFunctions; d->name; ++d) module_add_function(rt, m, d->name, d->fn);
  module_add(rt, m, "struct_time", st);
  module_add(rt, m, "timezone", Value::small(0));
  module_add(rt, m, "altzone", Value::small(0));
  module_add(rt, m, "daylight", Value::small(0));
  module_add(rt, m, "tzname", make_tuple(rt, {make_str(rt, "UTC"), make_str(rt, "UTC")}));
  module_add(rt, m, "CLOCK_MONOTONIC", Value::small(1));
  module_add(rt, m, "CLOCK_REALTIME", Value::small(0));
  return m;
}

}  // namespace ls
