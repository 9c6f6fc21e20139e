// format(int, spec) and format(float, spec): the format-spec mini-language (format_spec.hpp)
// applied to interpreter values.
#include "object/float.hpp"
#include "object/format_spec.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace ls {

static Value raise_format_error(Runtime& rt, const FormatError& e) {
  TypeObject* t = rt.t.ValueError;
  switch (e.kind) {
    case PyExcKind::ZeroDivisionError: t = rt.t.ZeroDivisionError; break;
    case PyExcKind::OverflowError: t = rt.t.OverflowError; break;
    case PyExcKind::MemoryError: t = rt.t.MemoryError; break;
    case PyExcKind::TypeError: t = rt.t.TypeError; break;
    default: break;
  }
  return rt.raise(t, e.message);
}

Value format_int_value(Runtime& rt, const Value& v, std::string_view spec) {
  std::string out;
  std::string_view tname = type_name(rt, v);
  uint64_t limit = static_cast<uint64_t>(rt.limits.int_max_str_digits);
  FormatError e = v.is_small() ? format_int(v.small_value(), spec, out, tname, limit)
                               : format_int(as_int_obj(v)->v, spec, out, tname, limit);
  if (!e.ok()) return raise_format_error(rt, e);
  return make_str(rt, out);
}

Value format_float_value(Runtime& rt, const Value& v, std::string_view spec) {
  std::string out;
  FormatError e = format_float(float_value(v), spec, out, type_name(rt, v));
  if (!e.ok()) return raise_format_error(rt, e);
  return make_str(rt, out);
}

}  // namespace ls
