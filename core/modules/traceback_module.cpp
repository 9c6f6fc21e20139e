// _traceback: the interpreter's exception formatter (lang/traceback.hpp: CPython 3.11's report
// with source lines, carets, chained exceptions and exception groups) exposed to
// core/modules/py/traceback.py, which builds print_exc/format_exc/print_exception... on it.
#include "lang/traceback.hpp"
#include "modules/stdlib.hpp"
#include "object/exception.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace ls {

namespace {

bool exception_arg(Runtime& rt, const Value& v, const char* fname) {
  if (is_exception_instance(v)) return true;
  rt.raise(rt.t.TypeError, std::string(fname) + "() argument must be an exception instance, not " +
                               type_name(rt, v));
  return false;
}

Value tb_format_exception(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!parse_args(rt, a, "format_exception", {"exc", "chain"}, 1, args)) return nullptr;
  if (!exception_arg(rt, args[0], "format_exception")) return nullptr;
  bool chain = true;
  if (args[1]) {
    int t = truthy(rt, args[1]);
    if (t < 0) return nullptr;
    chain = t;
  }
  std::string s = format_exception(rt, args[0], chain);
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
  if (!check_nargs(rt, a, "format_tb", 1, 1)) return nullptr;
  if (rt.is_none(a[0])) return Value::borrow(rt.empty_str);
  if (a[0].type(rt) != rt.t.traceback) {
    return rt.raise(rt.t.TypeError, "format_tb() argument must be a traceback, not " + type_name(rt, a[0]));
  }
  std::string s = format_traceback(rt, a[0]);
  if (rt.has_error()) return nullptr;
  return make_str(rt, s);
}

}  // namespace

Value make_traceback_core_module(Runtime& rt) {
  Value m = make_module(rt, "_traceback");
  module_add_function(rt, m, "format_exception", tb_format_exception);
  module_add_function(rt, m, "format_exception_only", tb_format_exception_only);
  module_add_function(rt, m, "format_tb", tb_format_tb);
  return m;
}

}  // namespace ls
