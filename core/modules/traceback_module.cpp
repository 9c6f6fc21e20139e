// _traceback: the interpreter's exception formatter (lang/traceback.hpp: CPython 3.11's report
// with source lines, carets, chained exceptions and exception groups) exposed to
// core/modules/py/traceback.py, which builds print_exc/format_exc/print_exception... on it.
#include "lang/traceback.hpp"
#include "modules/stdlib.hpp"
#include "object/exception.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace {

bool exception_arg(Runtime& rt, const Value& v, const char* fname) {
  if (is_exception_instance(v)) return true;
  rt.raise(rt.t.TypeError, std::string(fname) + "() argument must be an exception instance, not " +
                               type_name(rt, v));
  return false;
}

// The `limit` argument: None (every entry) or an int (see TracebackLimit).
bool limit_arg(Runtime& rt, const Value& v, TracebackLimit* limit) {
  if (!v || rt.is_none(v)) return true;
  int64_t n;
  if (!is_int(rt, v) || !int_to_int64(v, &n)) {
    rt.raise(rt.t.TypeError, "limit must be None or an int, not " + type_name(rt, v));
    return false;
  }
  *limit = n;
  return true;
}

Value tb_format_exception(Runtime& rt, const Value&, CallArgs a) {
  Value args[3];
  if (!parse_args(rt, a, "format_exception", {"exc", "chain", "limit"}, 1, args)) return nullptr;
  if (!exception_arg(rt, args[0], "format_exception")) return nullptr;
  bool chain = true;
  if (args[1]) {
    int t = truthy(rt, args[1]);
    if (t < 0) return nullptr;
    chain = t;
  }
  TracebackLimit limit;
  if (!limit_arg(rt, args[2], &limit)) return nullptr;
  std::string s = format_exception(rt, args[0], chain, limit);
  if (rt.has_error()) return nullptr;
  return make_str(rt, s);
}

Value tb_format_exception_only(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "format_exception_only", 1, 1)) return nullptr;
  if (!exception_arg(rt, a[0], "format_exception_only")) return nullptr;
  std::string s = format_exception_only(rt, a[0]);
  if (rt.has_error()) return nullptr;
  return make_str(rt, s);
}

Value tb_format_tb(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!parse_args(rt, a, "format_tb", {"tb", "limit"}, 1, args)) return nullptr;
  if (rt.is_none(args[0])) return Value::borrow(rt.empty_str);
  if (args[0].type(rt) != rt.t.traceback) {
    return rt.raise(rt.t.TypeError, "format_tb() argument must be a traceback, not " + type_name(rt, args[0]));
  }
  TracebackLimit limit;
  if (!limit_arg(rt, args[1], &limit)) return nullptr;
  std::string s = format_traceback(rt, args[0], limit);
  if (rt.has_error()) return nullptr;
  return make_str(rt, s);
}

// positions(tb): (lineno, end_lineno, colno, end_colno) of the entry's instruction, what
// CPython's _get_code_position reads from co_positions() (None for each unknown part).
Value tb_positions(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "positions", 1, 1)) return nullptr;
  if (a[0].type(rt) != rt.t.traceback) {
    return rt.raise(rt.t.TypeError, "positions() argument must be a traceback, not " + type_name(rt, a[0]));
  }
  int p[4] = {-1, -1, -1, -1};
  traceback_positions(a[0], &p[0], &p[1], &p[2], &p[3]);
  Value items[4];
  for (int i = 0; i < 4; ++i) items[i] = p[i] < 0 ? rt.None() : Value::small(p[i]);
  return make_tuple(rt, items, 4);
}

// caret_anchors(segment): (left_end_offset, right_start_offset) of a binary operation's operator or
// a subscript's brackets in the segment, as the interpreter's own report draws them; else None.
Value tb_caret_anchors(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "caret_anchors", 1, 1)) return nullptr;
  if (!is_str(rt, a[0])) return rt.raise(rt.t.TypeError, "caret_anchors() argument must be str");
  int left = 0, right = 0;
  if (!traceback_caret_anchors(std::string(str_view(a[0])), &left, &right)) return rt.None();
  return make_tuple(rt, {Value::small(left), Value::small(right)});
}

// display_width(line, offset): the terminal columns of line[:offset] (East Asian wide characters
// take two), traceback._display_width.
Value tb_display_width(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "display_width", 2, 2)) return nullptr;
  int64_t n;
  if (!is_str(rt, a[0]) || !is_int(rt, a[1]) || !int_to_int64(a[1], &n)) {
    return rt.raise(rt.t.TypeError, "display_width() takes a str and an int");
  }
  return Value::small(traceback_display_width(std::string(str_view(a[0])), static_cast<int>(n)));
}

}  // namespace

Value make_traceback_core_module(Runtime& rt) {
  Value m = make_module(rt, "_traceback");
  module_add_function(rt, m, "format_exception", tb_format_exception);
  module_add_function(rt, m, "format_exception_only", tb_format_exception_only);
  module_add_function(rt, m, "format_tb", tb_format_tb);
  module_add_function(rt, m, "positions", tb_positions);
  module_add_function(rt, m, "caret_anchors", tb_caret_anchors);
  module_add_function(rt, m, "display_width", tb_display_width);
  return m;
}

}  // namespace ls
