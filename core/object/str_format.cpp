// Formatting with strings: str.format / str.format_map (CPython's Objects/stringlib/
// unicode_format.h: field grammar, auto/manual numbering, nested specs, conversions),
// str.__format__ and `format % args`. The format-spec mini-language and the printf engine are
// format_spec.hpp's; this file binds them to runtime values.
#include <cstring>
#include <vector>

#include "object/float.hpp"
#include "object/format_spec.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str_internal.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace {

// Raises a FormatError (unless its exception is already pending). Returns null.
Value raise_format_error(Runtime& rt, const FormatError& e) {
  switch (e.kind) {
    case PyExcKind::None:
    case PyExcKind::Pending: return nullptr;
    case PyExcKind::ZeroDivisionError: return rt.raise(rt.t.ZeroDivisionError, e.message);
    case PyExcKind::OverflowError: return rt.raise(rt.t.OverflowError, e.message);
    case PyExcKind::ValueError: return rt.raise(rt.t.ValueError, e.message);
    case PyExcKind::TypeError: return rt.raise(rt.t.TypeError, e.message);
    case PyExcKind::MemoryError: return rt.raise_value(Value::borrow(rt.t.MemoryError));
  }
  return nullptr;
}

uint64_t max_str_digits(const Runtime& rt) {
  return rt.limits.int_max_str_digits > 0 ? static_cast<uint64_t>(rt.limits.int_max_str_digits) : 0;
}

// format(value, spec) appended to `out`, with fast paths for exact str and small int.
bool render_field(Runtime& rt, const Value& obj, std::string_view spec, StrBuilder& out) {
  if (obj.is_obj() && obj.obj()->type == rt.t.str) {
    StrObject* s = as_str(obj);
    if (spec.empty()) {
      out.append_str(s);
      return true;
    }
    std::string r;
    FormatError e = format_str(s->view(), spec, r, "str");
    if (!e.ok()) {
      raise_format_error(rt, e);
      return false;
    }
    out.append_utf8(r);
    return true;
  }
  if (obj.is_small()) {
    std::string r;
    FormatError e = format_int(obj.small_value(), spec, r, "int", max_str_digits(rt));
    if (!e.ok()) {
      raise_format_error(rt, e);
      return false;
    }
    out.append_utf8(r);
    return true;
  }
  Value sp = make_str(rt, spec);
  if (!sp) return false;
  Value r = format(rt, obj, sp);
  if (!r) return false;
  out.append_str(as_str(r));
  return true;
}

// ---------------------------------------------------------------------------------------------
// str.format

enum class AutoState { Init, Auto, Manual };

struct FormatCtx {
  Runtime& rt;
  const Value* args;       // positional arguments (null for format_map)
  size_t nargs;
  bool has_args;
  CallArgs kw;             // format(): keyword arguments
  const Value* mapping;    // format_map(): the mapping
  AutoState state = AutoState::Init;
  int64_t auto_number = 0;
};

// get_integer of unicode_format.h: -1 when not all decimal digits (or empty); -2 after raising.
int64_t field_integer(Runtime& rt, std::string_view s) {
  if (s.empty()) return -1;
  int64_t acc = 0;
  for (size_t pos = 0; pos < s.size();) {
    int d = unicode::decimal_value(u8_decode(s, pos));
    if (d < 0) return -1;
    if (acc > (INT64_MAX - d) / 10) {
      rt.raise(rt.t.ValueError, "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + d;
  }
  return acc;
}

Value lookup_keyword(FormatCtx& c, std::string_view key) {
  Runtime& rt = c.rt;
  if (c.mapping) {
    Value k = make_str(rt, key);
    if (!k) return nullptr;
    return getitem(rt, *c.mapping, k);
  }
  size_t nkw = c.kw.nkw();
  for (size_t i = 0; i < nkw; ++i) {
    if (str_view((*c.kw.kwnames)[static_cast<int64_t>(i)]) == key) return c.kw.kwvalues()[i];
  }
  return rt.raise(rt.t.KeyError, key);
}

// get_field_object: resolves "name.attr[key]..." to an object.
Value get_field_object(FormatCtx& c, std::string_view field) {
  Runtime& rt = c.rt;
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
  std::string_view first = field.substr(0, i);
  std::string_view rest = field.substr(i);
  int64_t index = field_integer(rt, first);
  if (index == -2) return nullptr;
  bool empty = first.empty();
  bool numeric = empty || index != -1;
  if (numeric) {
    if (c.state == AutoState::Init) c.state = empty ? AutoState::Auto : AutoState::Manual;
    if (c.state == AutoState::Manual && empty) {
      return rt.raise(rt.t.ValueError,
                      "cannot switch from manual field specification to automatic field numbering");
    }
    if (c.state == AutoState::Auto && !empty) {
      return rt.raise(rt.t.ValueError,
                      "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = c.auto_number++;
  }
  Value obj;
  if (index == -1) {
    obj = lookup_keyword(c, first);
  } else {
    if (!c.has_args) return rt.raise(rt.t.ValueError, "Format string contains positional fields");
    if (static_cast<uint64_t>(index) >= c.nargs) {
      return rt.raise(rt.t.IndexError,
                      "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    }
    obj = c.args[index];
  }
  if (!obj) return nullptr;
  // FieldNameIterator
  size_t p = 0;
  while (p < rest.size()) {
    char ch = rest[p++];
    std::string_view name;
    bool is_attr;
    if (ch == '.') {
      is_attr = true;
      size_t s = p;
      while (p < rest.size() && rest[p] != '.' && rest[p] != '[') ++p;
      name = rest.substr(s, p - s);
    } else if (ch == '[') {
      is_attr = false;
      size_t s = p;
      while (p < rest.size() && rest[p] != ']') ++p;
      if (p >= rest.size()) return rt.raise(rt.t.ValueError, "Missing ']' in format string");
      name = rest.substr(s, p - s);
      ++p;  // the ']'
    } else {
      return rt.raise(rt.t.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    int64_t idx = -1;
    if (!is_attr) {
      idx = field_integer(rt, name);
      if (idx == -2) return nullptr;
    }
    if (name.empty()) return rt.raise(rt.t.ValueError, "Empty attribute in format string");
    if (is_attr) {
      obj = getattr(rt, obj, name);
    } else if (idx >= 0) {
      Value key = Value::fits_small(idx) ? Value::small(idx) : make_int(rt, idx);
      obj = getitem(rt, obj, key);
    } else {
      Value key = make_str(rt, name);
      if (!key) return nullptr;
      obj = getitem(rt, obj, key);
    }
    if (!obj) return nullptr;
  }
  return obj;
}

bool build_string(FormatCtx& c, std::string_view fmt, int depth, StrBuilder& out, bool fmt_ascii);

// One replacement field, already split by parse_field.
bool output_markup(FormatCtx& c, std::string_view field_name, std::string_view spec, bool spec_expand,
                   uint32_t conversion, int depth, StrBuilder& out) {
  Runtime& rt = c.rt;
  Value obj = get_field_object(c, field_name);
  if (!obj) return false;
  if (conversion != 0) {
    switch (conversion) {
      case 'r': obj = repr(rt, obj); break;
      case 's': obj = str(rt, obj); break;
      case 'a': obj = ascii(rt, obj); break;
      default: {
        std::string m = "Unknown conversion specifier ";
        if (conversion > 32 && conversion < 127) {
          m.push_back(static_cast<char>(conversion));
        } else {
          char buf[16];
          std::snprintf(buf, sizeof buf, "\\x%x", conversion);
          m += buf;
        }
        rt.raise(rt.t.ValueError, m);
        return false;
      }
    }
    if (!obj) return false;
  }
  if (spec_expand) {
    StrBuilder expanded;
    if (!build_string(c, spec, depth - 1, expanded, false)) return false;
    return render_field(rt, obj, expanded.bytes(), out);
  }
  return render_field(rt, obj, spec, out);
}

// MarkupIterator + parse_field over the whole format string.
bool build_string(FormatCtx& c, std::string_view s, int depth, StrBuilder& out, bool fmt_ascii) {
  Runtime& rt = c.rt;
  if (depth <= 0) {
    rt.raise(rt.t.ValueError, "Max string recursion exceeded");
    return false;
  }
  size_t pos = 0, n = s.size();
  while (pos < n) {
    // Literal text up to the first '{' or '}'.
    size_t start = pos;
    char ch = 0;
    bool markup = false;
    while (pos < n) {
      ch = s[pos++];
      if (ch == '{' || ch == '}') {
        markup = true;
        break;
      }
    }
    bool at_end = pos >= n;
    size_t len = pos - start;
    if (markup && ch == '}' && (at_end || s[pos] != '}')) {
      rt.raise(rt.t.ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (markup && at_end && ch == '{') {
      rt.raise(rt.t.ValueError, "Single '{' encountered in format string");
      return false;
    }
    if (markup) {
      if (s[pos] == ch) {  // escaped {{ or }}
        ++pos;
        markup = false;
      } else {
        --len;
      }
    }
    if (len) {
      std::string_view lit = s.substr(start, len);
      if (fmt_ascii) out.append_ascii(lit);
      else out.append_utf8(lit);
    }
    if (!markup) continue;
    // parse_field
    size_t fstart = pos;
    ch = 0;
    while (pos < n) {
      ch = s[pos++];
      if (ch == '{') {
        rt.raise(rt.t.ValueError, "unexpected '{' in field name");
        return false;
      }
      if (ch == '[') {
        while (pos < n && s[pos] != ']') ++pos;
        continue;
      }
      if (ch == '}' || ch == ':' || ch == '!') break;
    }
    std::string_view field_name = s.substr(fstart, pos - fstart - ((ch == '}' || ch == ':' || ch == '!') ? 1 : 0));
    uint32_t conversion = 0;
    std::string_view spec;
    bool spec_expand = false;
    if (ch == '!' || ch == ':') {
      bool done = false;
      if (ch == '!') {
        if (pos >= n) {
          rt.raise(rt.t.ValueError, "end of string while looking for conversion specifier");
          return false;
        }
        conversion = u8_decode(s, pos);
        if (pos < n) {
          char c2 = s[pos++];
          if (c2 == '}') done = true;
          else if (c2 != ':') {
            rt.raise(rt.t.ValueError, "expected ':' after conversion specifier");
            return false;
          }
        }
      }
      if (!done) {
        size_t sstart = pos;
        int count = 1;
        bool closed = false;
        while (pos < n) {
          char c2 = s[pos++];
          if (c2 == '{') {
            spec_expand = true;
            ++count;
          } else if (c2 == '}') {
            if (--count == 0) {
              spec = s.substr(sstart, pos - 1 - sstart);
              closed = true;
              break;
            }
          }
        }
        if (!closed) {
          rt.raise(rt.t.ValueError, "unmatched '{' in format spec");
          return false;
        }
      }
    } else if (ch != '}') {
      rt.raise(rt.t.ValueError, "expected '}' before end of string");
      return false;
    }
    if (!output_markup(c, field_name, spec, spec_expand, conversion, depth, out)) return false;
    if (out.nbytes() > (size_t(1) << 16) && !str_check_size(rt, out.nbytes())) return false;
  }
  return true;
}

Value do_format(FormatCtx& c, const Value& self) {
  StrObject* s = as_str(self);
  StrBuilder out;
  out.reserve(static_cast<size_t>(s->nbytes) + 16);
  if (!build_string(c, s->view(), 2, out, s->is_ascii())) return nullptr;
  if (!str_check_size(c.rt, out.nbytes())) return nullptr;
  return out.finish(c.rt);
}

// ---------------------------------------------------------------------------------------------
// format % args

class ValuePercentArgs final : public PercentArgs {
 public:
  ValuePercentArgs(Runtime& rt, const Value& args) : rt_(rt), args_(args) {
    TypeObject* t = args.type(rt);
    tuple_ = is_subtype(t, rt.t.tuple);
    mapping_ = !tuple_ && t->slots.getitem && !is_subtype(t, rt.t.str);
  }
  bool is_tuple() const override { return tuple_; }
  size_t tuple_size() const override { return static_cast<size_t>(as_tuple(args_)->size); }
  bool is_mapping() const override { return mapping_; }
  bool select_key(std::string_view key) override {
    Value k = make_str(rt_, key);
    if (!k) return false;
    selected_ = getitem(rt_, args_, k);
    return static_cast<bool>(selected_);
  }
  bool text(size_t arg, char conv, std::string& out) override {
    const Value& v = get(arg);
    if (conv == 's' && v.is_obj() && v.obj()->type == rt_.t.str) {
      out.assign(str_view(v));
      return true;
    }
    Value r = conv == 's' ? str(rt_, v) : conv == 'r' ? repr(rt_, v) : ascii(rt_, v);
    if (!r) return false;
    out.assign(str_view(r));
    return true;
  }
  bool integer(size_t arg, char conv, BigInt& out) override {
    const Value& v = get(arg);
    if (v.is_small()) {
      out = BigInt(v.small_value());
      return true;
    }
    if (is_int(rt_, v)) {
      out = int_to_big(v);
      return true;
    }
    TypeObject* t = v.type(rt_);
    bool number = is_float(rt_, v) || t->slots.index || t->slots.to_int || t->slots.to_float;
    bool int_only = conv == 'o' || conv == 'x' || conv == 'X';
    if (number) {
      Value i;
      if (int_only) {
        i = index(rt_, v);
      } else if (is_float(rt_, v)) {
        BigInt b;
        NumError e = BigInt::from_double(float_value(v), b);
        if (e != NumError::Ok) {
          raise_num_error(rt_, e);
          return false;
        }
        out = std::move(b);
        return true;
      } else {
        i = int_from_value(rt_, v);
      }
      if (i) {
        out = int_to_big(i);
        return true;
      }
      if (!rt_.error_matches(rt_.t.TypeError)) return false;
      rt_.clear_error();
    }
    std::string m = "%";
    m.push_back(conv);
    m += int_only ? " format: an integer is required, not " : " format: a real number is required, not ";
    rt_.raise(rt_.t.TypeError, m + t->name);
    return false;
  }
  bool real(size_t arg, char, double& out) override {
    const Value& v = get(arg);
    TypeObject* t = v.type(rt_);
    if (!is_float(rt_, v) && !is_int(rt_, v) && !t->slots.to_float && !t->slots.index) {
      rt_.raise(rt_.t.TypeError, "must be real number, not " + t->name);
      return false;
    }
    return to_double(rt_, v, &out);
  }
  bool character(size_t arg, uint32_t& cp) override {
    const Value& v = get(arg);
    if (is_str(rt_, v)) {
      if (as_str(v)->length == 1) {
        cp = str_codepoint_at(as_str(v), 0);
        return true;
      }
    } else {
      TypeObject* t = v.type(rt_);
      if (is_int(rt_, v) || t->slots.index) {
        Value i = index(rt_, v);
        if (!i) return false;
        FormatError e = percent_char_from_int(int_to_big(i), cp);
        if (!e.ok()) {
          raise_format_error(rt_, e);
          return false;
        }
        return true;
      }
    }
    rt_.raise(rt_.t.TypeError, "%c requires int or char");
    return false;
  }
  int star(size_t arg, bool is_precision, int64_t& out) override {
    const Value& v = get(arg);
    if (!is_int(rt_, v)) return 0;
    int64_t x;
    if (!int_to_int64(v, &x) || (is_precision && (x > INT32_MAX || x < INT32_MIN))) {
      rt_.raise(rt_.t.OverflowError, is_precision ? "Python int too large to convert to C int"
                                                  : "Python int too large to convert to C ssize_t");
      return -1;
    }
    out = x;
    return 1;
  }

 private:
  const Value& get(size_t arg) const {
    if (arg == kWhole) return args_;
    if (arg == kSelected) return selected_;
    return (*as_tuple(args_))[static_cast<int64_t>(arg)];
  }
  Runtime& rt_;
  const Value& args_;
  Value selected_;
  bool tuple_ = false;
  bool mapping_ = false;
};

}  // namespace

Value str_format_impl(Runtime& rt, const Value& self, CallArgs args) {
  FormatCtx c{rt, args.args, args.nargs, true, args, nullptr};
  return do_format(c, self);
}

Value str_format_map_impl(Runtime& rt, const Value& self, CallArgs args) {
  if (!str_check_pos(rt, args, "format_map", 1, 1)) return nullptr;
  FormatCtx c{rt, nullptr, 0, false, CallArgs{}, &args.args[0]};
  return do_format(c, self);
}

Value str_dunder_format(Runtime& rt, const Value& self, CallArgs args) {
  if (!str_check_pos(rt, args, "__format__", 1, 1)) return nullptr;
  const Value& spec = args[0];
  if (!is_str(rt, spec)) {
    return rt.raise(rt.t.TypeError, "__format__() argument must be str, not " + type_name(rt, spec));
  }
  if (as_str(spec)->length == 0) return str(rt, self);
  std::string out;
  FormatError e = format_str(str_view(self), str_view(spec), out, type_name(rt, self));
  if (!e.ok()) return raise_format_error(rt, e);
  return make_str(rt, out);
}

Value str_printf(Runtime& rt, const Value& format, const Value& args) {
  ValuePercentArgs pa(rt, args);
  std::string out;
  FormatError e = percent_format(str_view(format), pa, out, max_str_digits(rt));
  if (!e.ok()) return raise_format_error(rt, e);
  if (!str_check_size(rt, out.size())) return nullptr;
  return make_str(rt, out);
}

}  // namespace ls
