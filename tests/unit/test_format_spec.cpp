// format() for int/float/str and printf-style `%` against CPython 3.11
// (tests/numeric/format_cases.inc), with a small PercentArgs harness standing in for the object
// model.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "object/float_format.hpp"
#include "object/float_parse.hpp"
#include "object/format_spec.hpp"

using namespace ls;

namespace {

#define S(s, n) std::string_view(s, n)
using SV = std::string_view;
struct IntFormatCase { SV value, spec, result; };
struct FloatFormatCase { SV bits, spec, result; };
struct StrFormatCase { SV value, spec, result; };
struct PercentCase { SV fmt; char kind; SV args, result; };
#include "../numeric/format_cases.inc"
#undef S

BigInt H(SV s) {
  BigInt r;
  REQUIRE(BigInt::parse(s, 16, r, 0) == NumError::Ok);
  return r;
}

double D(SV bits) {
  uint64_t b = std::stoull(std::string(bits), nullptr, 16);
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}

const char* kind_name(PyExcKind k) {
  switch (k) {
    case PyExcKind::ZeroDivisionError: return "ZeroDivisionError";
    case PyExcKind::OverflowError: return "OverflowError";
    case PyExcKind::ValueError: return "ValueError";
    case PyExcKind::TypeError: return "TypeError";
    case PyExcKind::MemoryError: return "MemoryError";
    case PyExcKind::Pending: return "Pending";
    default: return "?";
  }
}

std::string render(const FormatError& e, const std::string& out) {
  if (e.ok()) return out;
  return std::string("!") + kind_name(e.kind) + ":" + e.message;
}

// --- a miniature object model for %-formatting: ints, floats, strs, and a dict operand ---

struct Val {
  enum Kind { Int, Float, Str, Dict } kind = Int;
  BigInt i;
  double f = 0;
  std::string s;
};

Val decode(SV item) {
  Val v;
  SV payload = item.substr(2);
  switch (item[0]) {
    case 'i': v.kind = Val::Int; v.i = H(payload); break;
    case 'f': v.kind = Val::Float; v.f = D(payload); break;
    default: v.kind = Val::Str; v.s = std::string(payload); break;
  }
  return v;
}

const char* type_name(const Val& v) {
  switch (v.kind) {
    case Val::Int: return "int";
    case Val::Float: return "float";
    case Val::Str: return "str";
    default: return "dict";
  }
}

std::string py_repr_str(const std::string& s, bool ascii) {
  std::string r = "'";
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = utf8_decode(s, i);
    if (ascii && cp >= 0x80) {
      char buf[16];
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      r += buf;
    } else {
      utf8_append(r, cp);
    }
  }
  return r + "'";
}

class Harness : public PercentArgs {
 public:
  Harness(char kind, SV encoded) : kind_(kind) {
    size_t start = 0;
    while (start <= encoded.size() && !encoded.empty()) {
      size_t end = encoded.find('\x1f', start);
      if (end == SV::npos) end = encoded.size();
      SV item = encoded.substr(start, end - start);
      if (kind == 'D') {
        size_t eq = item.find('=');
        keys_.emplace_back(item.substr(0, eq));
        items_.push_back(decode(item.substr(eq + 1)));
      } else {
        items_.push_back(decode(item));
      }
      start = end + 1;
    }
  }
  FormatError raised;

  bool is_tuple() const override { return kind_ == 'T'; }
  size_t tuple_size() const override { return items_.size(); }
  bool is_mapping() const override { return kind_ == 'D'; }
  bool select_key(std::string_view key) override {
    for (size_t k = 0; k < keys_.size(); ++k) {
      if (keys_[k] == key) {
        selected_ = items_[k];
        return true;
      }
    }
    return raise(PyExcKind::None, "KeyError:" + py_repr_str(std::string(key), false));
  }
  bool text(size_t arg, char conv, std::string& out) override {
    const Val& v = get(arg);
    switch (v.kind) {
      case Val::Int:
        if (v.i.to_decimal_string(out, 4300) != NumError::Ok)
          return raise(PyExcKind::ValueError, int_max_str_digits_to_str_message(4300));
        return true;
      case Val::Float: out = float_repr(v.f); return true;
      case Val::Str: out = conv == 's' ? v.s : py_repr_str(v.s, conv == 'a'); return true;
      case Val::Dict: {
        out = "{";
        for (size_t k = 0; k < keys_.size(); ++k) {
          if (k) out += ", ";
          std::string item;
          text(k, 'r', item);
          out += py_repr_str(keys_[k], false) + ": " + item;
        }
        out += "}";
        return true;
      }
    }
    return false;
  }
  bool integer(size_t arg, char conv, BigInt& out) override {
    const Val& v = get(arg);
    bool index_only = conv == 'o' || conv == 'x' || conv == 'X';
    if (v.kind == Val::Int) {
      out = v.i;
      return true;
    }
    if (v.kind == Val::Float && !index_only) {
      BigInt::from_double(v.f, out);
      return true;
    }
    return raise(PyExcKind::TypeError,
                 std::string("%") + conv +
                     (index_only ? " format: an integer is required, not "
                                 : " format: a real number is required, not ") +
                     type_name(v));
  }
  bool real(size_t arg, char, double& out) override {
    const Val& v = get(arg);
    if (v.kind == Val::Float) {
      out = v.f;
      return true;
    }
    if (v.kind == Val::Int) {
      if (v.i.to_double(out) != NumError::Ok)
        return raise(PyExcKind::OverflowError, "int too large to convert to float");
      return true;
    }
    return raise(PyExcKind::TypeError, std::string("must be real number, not ") + type_name(v));
  }
  bool character(size_t arg, uint32_t& cp) override {
    const Val& v = get(arg);
    if (v.kind == Val::Str && utf8_length(v.s) == 1) {
      size_t i = 0;
      cp = utf8_decode(v.s, i);
      return true;
    }
    if (v.kind == Val::Int) {
      FormatError e = percent_char_from_int(v.i, cp);
      if (!e.ok()) return raise(e.kind, e.message);
      return true;
    }
    return raise(PyExcKind::TypeError, "%c requires int or char");
  }
  int star(size_t arg, bool, int64_t& out) override {
    const Val& v = get(arg);
    if (v.kind != Val::Int) return 0;
    if (!v.i.to_int64(out)) {
      raise(PyExcKind::OverflowError, "Python int too large to convert to C ssize_t");
      return -1;
    }
    return 1;
  }

 private:
  const Val& get(size_t arg) const {
    if (arg == kSelected) return selected_;
    if (arg == kWhole) {
      if (kind_ == 'D') return dict_;
      return items_.at(0);
    }
    return items_.at(arg);
  }
  bool raise(PyExcKind k, std::string m) {
    raised = FormatError{k, std::move(m)};
    return false;
  }
  char kind_;
  std::vector<std::string> keys_;
  std::vector<Val> items_;
  Val selected_;
  Val dict_{Val::Dict, BigInt(), 0, ""};
};

}  // namespace

TEST_CASE("format: int specs match CPython", "[format]") {
  for (const IntFormatCase& c : kIntFormatCases) {
    INFO("format(" << c.value << ", '" << c.spec << "')");
    std::string out;
    FormatError e = format_int(H(c.value), c.spec, out);
    CHECK(render(e, out) == c.result);
    int64_t small;
    if (H(c.value).to_int64(small)) {
      std::string out2;
      FormatError e2 = format_int(small, c.spec, out2);
      CHECK(render(e2, out2) == c.result);
    }
  }
}

TEST_CASE("format: float specs match CPython", "[format]") {
  for (const FloatFormatCase& c : kFloatFormatCases) {
    INFO("format(" << c.bits << ", '" << c.spec << "')");
    std::string out;
    FormatError e = format_float(D(c.bits), c.spec, out);
    CHECK(render(e, out) == c.result);
  }
  std::string out;
  CHECK(format_float(1.0, "", out).ok());
  CHECK(out == "1.0");
  CHECK(format_float(1e20, "", out).ok());
  CHECK(out == "1e+20");
  CHECK(format_float(0.1, ".3", out).ok());
  CHECK(out == "0.1");
}

TEST_CASE("format: str specs match CPython", "[format]") {
  for (const StrFormatCase& c : kStrFormatCases) {
    INFO("format('" << c.value << "', '" << c.spec << "')");
    std::string out;
    FormatError e = format_str(c.value, c.spec, out);
    CHECK(render(e, out) == c.result);
  }
}

TEST_CASE("format: subclass type names appear in messages", "[format]") {
  std::string out;
  FormatError e = format_int(BigInt(1), "abc", out, "MyInt");
  CHECK(e.kind == PyExcKind::ValueError);
  CHECK(e.message == "Invalid format specifier 'abc' for object of type 'MyInt'");
  e = format_float(1.0, "x", out, "MyFloat");
  CHECK(e.message == "Unknown format code 'x' for object of type 'MyFloat'");
  e = format_str("a", "d", out, "MyStr");
  CHECK(e.message == "Unknown format code 'd' for object of type 'MyStr'");
  FormatSpec f;
  REQUIRE(parse_format_spec("*^+z#012_.3f", 0, '>', "float", f).ok());
  CHECK(f.fill == '*');
  CHECK(f.align == '^');
  CHECK(f.sign == '+');
  CHECK(f.no_neg_0);
  CHECK(f.alternate);
  CHECK(f.width == 12);
  CHECK(f.thousands == '_');
  CHECK(f.precision == 3);
  CHECK(f.type == 'f');
}

TEST_CASE("format: printf-style % matches CPython", "[format]") {
  for (const PercentCase& c : kPercentCases) {
    INFO("'" << c.fmt << "' % " << c.kind << "(" << c.args << ")");
    Harness h(c.kind, c.args);
    std::string out;
    FormatError e = percent_format(c.fmt, h, out);
    std::string got;
    if (e.kind == PyExcKind::Pending) {
      REQUIRE_FALSE(h.raised.message.empty());
      got = h.raised.kind == PyExcKind::None ? "!" + h.raised.message : render(h.raised, "");
    } else {
      got = render(e, out);
    }
    CHECK(got == c.result);
  }
}
