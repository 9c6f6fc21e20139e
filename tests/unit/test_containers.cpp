// The container types (tuple, list, dict and views, set/frozenset, range, slice, iterators,
// bytes/bytearray) driven through the object protocol. Every expected value is what CPython 3.11
// prints (set orders and hashes with PYTHONHASHSEED=0: see containers/gen_cases.py).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "object/bigint.hpp"
#include "object/bytes.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/float.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/iterators.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/runtime.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

using namespace ls;

namespace {

// Builds values for the generated cases (containers/set_cases.inc).
struct CaseBuilder {
  Runtime& rt;
  explicit CaseBuilder(Runtime& r) : rt(r) {}
  Value i(int64_t v) { return make_int(rt, v); }
  Value big(const char* digits) {
    BigInt b;
    BigInt::parse(digits, 10, b);
    return make_int(rt, std::move(b));
  }
  Value s(const char* text) { return make_str(rt, text); }
  Value f(double d) { return make_float(rt, d); }
  Value t(std::vector<Value> items) { return make_tuple(rt, items.data(), static_cast<int64_t>(items.size())); }
  Value fs(std::vector<Value> items) {
    Value l = make_tuple(rt, items.data(), static_cast<int64_t>(items.size()));
    return call(rt, Value::borrow(rt.t.frozenset), {l});
  }
  Value none() { return rt.None(); }
  Value true_() { return rt.True(); }
  Value false_() { return rt.False(); }
  Value one(Value v) { return v; }
  std::vector<Value> list(std::vector<Value> items) { return items; }
};

#define I(x_) b.i(x_)
#define BIG(x_) b.big(x_)
#define S(x_) b.s(x_)
#define F(x_) b.f(x_)
#define T(...) b.t(__VA_ARGS__)
#define FS(...) b.fs(__VA_ARGS__)
#define NONE b.none()
#define TRUE b.true_()
#define FALSE b.false_()
#include "containers/set_cases.inc"
#undef I
#undef BIG
#undef S
#undef F
#undef T
#undef FS
#undef NONE
#undef TRUE
#undef FALSE

// The pending exception as "TypeName: message" (and clears it).
std::string take_error(Runtime& rt) {
  Value e = rt.take_error();
  if (!e) return "<no error>";
  std::string out = type_name(rt, e);
  Value s = str(rt, e);
  if (!s) {
    rt.clear_error();
    return out + ": <str failed>";
  }
  std::string_view msg = str_view(s);
  if (!msg.empty()) out += ": " + std::string(msg);
  return out;
}

// A small harness: values, calls and reprs with errors rendered like a traceback's last line.
struct Py {
  Runtime rt;

  Value i(int64_t v) { return make_int(rt, v); }
  Value s(const char* text) { return make_str(rt, text); }
  Value f(double d) { return make_float(rt, d); }
  Value none() { return rt.None(); }
  Value tup(std::vector<Value> items) { return make_tuple(rt, items.data(), static_cast<int64_t>(items.size())); }
  Value list(std::vector<Value> items) {
    Ref<ListObject> l = new_list(rt);
    for (auto& v : items) list_append(rt, l.get(), v);
    return std::move(l).value();
  }
  Value ints(std::initializer_list<int64_t> xs) {
    Ref<ListObject> l = new_list(rt);
    for (int64_t x : xs) list_append(rt, l.get(), make_int(rt, x));
    return std::move(l).value();
  }
  Value type(TypeObject* t) { return Value::borrow(t); }
  // type(*args)
  Value make(TypeObject* t, std::vector<Value> args = {}) {
    return call(rt, Value::borrow(t), CallArgs{args.data(), args.size(), nullptr});
  }
  // fn(*args, **kw)
  Value call_kw(const Value& fn, std::vector<Value> args, std::vector<std::pair<const char*, Value>> kw) {
    std::vector<Value> buf = args;
    Ref<TupleObject> names = new_tuple(rt, static_cast<int64_t>(kw.size()));
    for (size_t k = 0; k < kw.size(); ++k) {
      (*names)[static_cast<int64_t>(k)] = make_str(rt, kw[k].first);
      buf.push_back(kw[k].second);
    }
    return call(rt, fn, CallArgs{buf.data(), args.size(), kw.empty() ? nullptr : names.get()});
  }
  // obj.name(*args)
  Value m(const Value& obj, const char* name, std::vector<Value> args = {}) {
    if (!obj) return nullptr;
    Value fn = getattr(rt, obj, name);
    if (!fn) return nullptr;
    return call(rt, fn, CallArgs{args.data(), args.size(), nullptr});
  }
  Value mk(const Value& obj, const char* name, std::vector<Value> args,
           std::vector<std::pair<const char*, Value>> kw) {
    if (!obj) return nullptr;
    Value fn = getattr(rt, obj, name);
    if (!fn) return nullptr;
    return call_kw(fn, std::move(args), std::move(kw));
  }
  // repr(v), or the pending error when v is null.
  std::string r(const Value& v) {
    if (!v) return take_error(rt);
    Value x = repr(rt, v);
    if (!x) return take_error(rt);
    return std::string(str_view(x));
  }
  std::string r_list(const Value& iterable) {
    if (!iterable) return take_error(rt);
    return r(list_from_iterable(rt, iterable));
  }
  std::string type_of(const Value& v) {
    if (!v) return take_error(rt);
    return r(Value::borrow(v.type(rt)));
  }
  // Checks that the operation failed, and returns the error.
  std::string err(bool ok) {
    if (ok) return "<no error>";
    return take_error(rt);
  }
  std::string err_int(int64_t rv) { return rv >= 0 ? "<no error>" : take_error(rt); }
  int64_t h(const Value& v) {
    int64_t out = 0;
    if (!hash(rt, v, &out)) {
      take_error(rt);
      return -1;
    }
    return out;
  }
  std::string hash_err(const Value& v) {
    int64_t out = 0;
    if (hash(rt, v, &out)) return "<no error>";
    return take_error(rt);
  }
  Value bin(const Value& a, const Value& b, BinOp op) { return binary_op(rt, a, b, op); }
  Value inp(const Value& a, const Value& b, BinOp op) { return inplace_op(rt, a, b, op); }
  Value cmp(const Value& a, const Value& b, CmpOp op) { return rich_compare(rt, a, b, op); }
  Value item(const Value& obj, const Value& key) { return getitem(rt, obj, key); }
  Value sl(Value start, Value stop, Value step = nullptr) {
    return make_slice(rt, start ? start : none(), stop ? stop : none(), step ? step : none());
  }
  int64_t len(const Value& v) { return length(rt, v); }
  std::string contains_s(const Value& c, const Value& x) {
    int r = contains(rt, c, x);
    if (r < 0) return take_error(rt);
    return r ? "True" : "False";
  }
  Value b(const char* data, size_t n) { return make_bytes(rt, std::string_view(data, n)); }
  Value b(const char* data) { return make_bytes(rt, data); }
};

// A native function usable as a class attribute (called without `self`).
Value native(Runtime& rt, const char* name, NativeFn fn) { return make_builtin_function(rt, name, fn); }

// class Name(base): with the given attributes.
Value make_test_class(Py& py, const char* name, TypeObject* base, std::vector<std::pair<const char*, Value>> attrs) {
  Runtime& rt = py.rt;
  Ref<DictObject> ns = new_dict(rt);
  dict_set_str(rt, ns.get(), rt.intern("__module__"), make_str(rt, "__main__"));
  dict_set_str(rt, ns.get(), rt.intern("__qualname__"), make_str(rt, name));
  for (auto& kv : attrs) dict_set_str(rt, ns.get(), rt.intern(kv.first), kv.second);
  Value bases = make_tuple(rt, {Value::borrow(base)});
  return make_class(rt, Value::borrow(rt.t.type), make_str(rt, name), bases, ns.value(), new_dict(rt).value());
}

}  // namespace

// =============================================================================================
// tuple

TEST_CASE("tuple repr, len, indexing and slicing", "[containers][tuple]") {
  Py py;
  Value t = py.tup({py.i(1), py.s("a"), py.none()});
  CHECK(py.r(py.tup({})) == "()");
  CHECK(py.r(py.tup({py.i(1)})) == "(1,)");
  CHECK(py.r(t) == "(1, 'a', None)");
  CHECK(py.r(py.tup({py.tup({}), py.tup({py.i(2)})})) == "((), (2,))");
  CHECK(py.len(t) == 3);
  CHECK(py.r(py.item(t, py.i(-1))) == "None");
  CHECK(py.r(py.item(t, py.i(3))) == "IndexError: tuple index out of range");
  CHECK(py.r(py.item(t, py.i(-4))) == "IndexError: tuple index out of range");
  CHECK(py.r(py.item(t, py.s("x"))) == "TypeError: tuple indices must be integers or slices, not str");
  CHECK(py.r(py.item(t, py.sl(nullptr, nullptr, py.i(-1)))) == "(None, 'a', 1)");
  CHECK(py.r(py.item(t, py.sl(py.i(1), nullptr))) == "('a', None)");
  CHECK(py.r(py.item(t, py.sl(py.i(5), py.i(1)))) == "()");
  CHECK(py.r(py.item(t, py.sl(nullptr, nullptr, py.i(0)))) == "ValueError: slice step cannot be zero");
  CHECK(py.item(t, py.sl(nullptr, nullptr)).is(t));  // t[:] is t
  CHECK(py.type_of(py.make(py.rt.t.tuple, {py.ints({1, 2})})) == "<class 'tuple'>");
  CHECK(py.make(py.rt.t.tuple, {t}).is(t));
  CHECK(py.r(py.make(py.rt.t.tuple, {py.s("ab")})) == "('a', 'b')");
  CHECK(py.r(py.make(py.rt.t.tuple, {py.i(1)})) == "TypeError: 'int' object is not iterable");
  CHECK(py.r(py.make(py.rt.t.tuple, {py.i(1), py.i(2)})) == "TypeError: tuple expected at most 1 argument, got 2");
  CHECK(py.r(py.call_kw(py.type(py.rt.t.tuple), {}, {{"x", py.i(1)}})) == "TypeError: tuple() takes no keyword arguments");
  CHECK(py.r(py.make(py.rt.t.tuple)) == "()");
  CHECK(py.make(py.rt.t.tuple).is(Value::borrow(py.rt.empty_tuple)));
}

TEST_CASE("tuple operators and methods", "[containers][tuple]") {
  Py py;
  Value a = py.tup({py.i(1), py.i(2)});
  Value b = py.tup({py.i(1), py.i(3)});
  CHECK(py.r(py.bin(a, b, BinOp::Add)) == "(1, 2, 1, 3)");
  CHECK(py.r(py.bin(a, py.ints({1}), BinOp::Add)) == "TypeError: can only concatenate tuple (not \"list\") to tuple");
  CHECK(py.r(py.bin(a, py.i(2), BinOp::Mul)) == "(1, 2, 1, 2)");
  CHECK(py.r(py.bin(py.i(2), a, BinOp::Mul)) == "(1, 2, 1, 2)");
  CHECK(py.r(py.bin(a, py.i(-1), BinOp::Mul)) == "()");
  CHECK(py.r(py.bin(a, py.f(1.5), BinOp::Mul)) == "TypeError: can't multiply sequence by non-int of type 'float'");
  CHECK(py.r(py.cmp(a, b, CmpOp::Lt)) == "True");
  CHECK(py.r(py.cmp(a, b, CmpOp::Eq)) == "False");
  CHECK(py.r(py.cmp(a, py.tup({py.i(1), py.i(2)}), CmpOp::Eq)) == "True");
  CHECK(py.r(py.cmp(a, py.tup({py.i(1)}), CmpOp::Gt)) == "True");
  CHECK(py.r(py.cmp(a, py.tup({py.i(1), py.s("x")}), CmpOp::Lt)) ==
        "TypeError: '<' not supported between instances of 'int' and 'str'");
  CHECK(py.r(py.cmp(a, py.tup({py.i(1), py.s("x")}), CmpOp::Eq)) == "False");
  CHECK(py.r(py.cmp(a, py.ints({1, 2}), CmpOp::Eq)) == "False");
  Value t = py.tup({py.i(1), py.i(2), py.i(1), py.s("a")});
  CHECK(py.r(py.m(t, "count", {py.i(1)})) == "2");
  CHECK(py.r(py.m(t, "index", {py.s("a")})) == "3");
  CHECK(py.r(py.m(t, "index", {py.i(1), py.i(1)})) == "2");
  CHECK(py.r(py.m(t, "index", {py.i(1), py.i(-2)})) == "2");
  CHECK(py.r(py.m(t, "index", {py.i(2), py.i(0), py.i(1)})) == "ValueError: tuple.index(x): x not in tuple");
  CHECK(py.r(py.m(t, "index", {py.i(9)})) == "ValueError: tuple.index(x): x not in tuple");
  CHECK(py.r(py.m(t, "index", {py.i(1), py.s("a")})) ==
        "TypeError: slice indices must be integers or have an __index__ method");
  CHECK(py.r(py.m(t, "count")) == "TypeError: tuple.count() takes exactly one argument (0 given)");
  CHECK(py.r(py.m(t, "index")) == "TypeError: index expected at least 1 argument, got 0");
  CHECK(py.contains_s(t, py.s("a")) == "True");
  CHECK(py.contains_s(t, py.s("b")) == "False");
  CHECK(py.type_of(iter(py.rt, t)) == "<class 'tuple_iterator'>");
  CHECK(py.r_list(t) == "[1, 2, 1, 'a']");
  CHECK(py.r(py.bin(a, py.type(py.rt.t.int_), BinOp::Mul)) ==
        "TypeError: can't multiply sequence by non-int of type 'type'");
}

TEST_CASE("tuple hash is CPython's xxHash tuplehash", "[containers][tuple]") {
  Py py;
  for (auto& c : tuple_hash_cases(py.rt)) {
    INFO(py.r(c.v));
    CHECK(py.h(c.v) == c.hash);
  }
  CHECK(py.hash_err(py.tup({py.i(1), py.ints({})})) == "TypeError: unhashable type: 'list'");
}

TEST_CASE("tuple repr recursion guard", "[containers][tuple]") {
  Py py;
  Value l = py.ints({1});
  Value t = py.tup({l});
  list_append(py.rt, as_list(l), t);
  CHECK(py.r(t) == "([1, (...)],)");
  CHECK(py.r(l) == "[1, ([...],)]");
  list_clear(py.rt, as_list(l));
}

// =============================================================================================
// list

TEST_CASE("list mutation methods", "[containers][list]") {
  Py py;
  Value l = py.ints({3, 1, 2});
  CHECK(py.r(py.m(l, "append", {py.i(5)})) == "None");
  CHECK(py.r(l) == "[3, 1, 2, 5]");
  CHECK(py.r(py.m(l, "extend", {py.tup({py.i(7), py.i(8)})})) == "None");
  CHECK(py.r(l) == "[3, 1, 2, 5, 7, 8]");
  CHECK(py.r(py.m(l, "insert", {py.i(0), py.i(0)})) == "None");
  CHECK(py.r(py.m(l, "insert", {py.i(-1), py.i(9)})) == "None");
  CHECK(py.r(py.m(l, "insert", {py.i(100), py.i(10)})) == "None");
  CHECK(py.r(py.m(l, "insert", {py.i(-100), py.i(-1)})) == "None");
  CHECK(py.r(l) == "[-1, 0, 3, 1, 2, 5, 7, 9, 8, 10]");
  CHECK(py.r(py.m(l, "pop")) == "10");
  CHECK(py.r(py.m(l, "pop", {py.i(0)})) == "-1");
  CHECK(py.r(py.m(l, "pop", {py.i(-2)})) == "9");
  CHECK(py.r(py.m(l, "pop", {py.i(20)})) == "IndexError: pop index out of range");
  CHECK(py.r(py.m(l, "pop", {py.s("a")})) == "TypeError: 'str' object cannot be interpreted as an integer");
  CHECK(py.r(py.m(l, "pop", {py.i(1), py.i(2)})) == "TypeError: pop expected at most 1 argument, got 2");
  CHECK(py.r(py.m(py.ints({}), "pop")) == "IndexError: pop from empty list");
  CHECK(py.r(py.m(l, "remove", {py.i(5)})) == "None");
  CHECK(py.r(py.m(l, "remove", {py.i(5)})) == "ValueError: list.remove(x): x not in list");
  CHECK(py.r(l) == "[0, 3, 1, 2, 7, 8]");
  CHECK(py.r(py.m(l, "index", {py.i(2)})) == "3");
  CHECK(py.r(py.m(l, "index", {py.i(5)})) == "ValueError: 5 is not in list");
  CHECK(py.r(py.m(l, "index", {py.s("q")})) == "ValueError: 'q' is not in list");
  CHECK(py.r(py.m(l, "index", {py.i(3), py.i(2)})) == "ValueError: 3 is not in list");
  CHECK(py.r(py.m(l, "index", {py.i(8), py.i(-1)})) == "5");
  CHECK(py.r(py.m(l, "index", {py.i(1), py.none()})) ==
        "TypeError: slice indices must be integers or have an __index__ method");
  CHECK(py.r(py.m(l, "count", {py.i(3)})) == "1");
  CHECK(py.r(py.m(l, "count")) == "TypeError: list.count() takes exactly one argument (0 given)");
  CHECK(py.r(py.m(l, "append")) == "TypeError: list.append() takes exactly one argument (0 given)");
  CHECK(py.r(py.m(l, "insert", {py.i(1)})) == "TypeError: insert expected 2 arguments, got 1");
  CHECK(py.r(py.m(l, "reverse", {py.i(1)})) == "TypeError: list.reverse() takes no arguments (1 given)");
  CHECK(py.r(py.m(l, "extend", {py.i(1)})) == "TypeError: 'int' object is not iterable");
  CHECK(py.r(py.m(l, "reverse")) == "None");
  CHECK(py.r(l) == "[8, 7, 2, 1, 3, 0]");
  Value c = py.m(l, "copy");
  CHECK(py.r(c) == "[8, 7, 2, 1, 3, 0]");
  CHECK(!c.is(l));
  CHECK(py.r(py.m(l, "clear")) == "None");
  CHECK(py.r(l) == "[]");
  CHECK(py.r(c) == "[8, 7, 2, 1, 3, 0]");
  // l.extend(l) doubles
  Value d = py.ints({1, 2});
  CHECK(py.r(py.m(d, "extend", {d})) == "None");
  CHECK(py.r(d) == "[1, 2, 1, 2]");
}

TEST_CASE("list indexing and slice assignment", "[containers][list]") {
  Py py;
  Value l = py.ints({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  CHECK(py.r(py.item(l, py.i(-1))) == "9");
  CHECK(py.r(py.item(l, py.i(10))) == "IndexError: list index out of range");
  CHECK(py.r(py.item(l, py.s("a"))) == "TypeError: list indices must be integers or slices, not str");
  CHECK(py.r(py.item(l, py.sl(py.i(2), py.i(8), py.i(3)))) == "[2, 5]");
  CHECK(py.r(py.item(l, py.sl(nullptr, nullptr, py.i(-3)))) == "[9, 6, 3, 0]");
  CHECK(py.r(py.item(l, py.sl(py.i(-3), nullptr))) == "[7, 8, 9]");
  CHECK(py.r(py.item(l, py.sl(py.i(8), py.i(2), py.i(-2)))) == "[8, 6, 4]");
  CHECK(py.err(setitem(py.rt, l, py.i(10), py.i(0))) == "IndexError: list assignment index out of range");
  CHECK(py.err(delitem(py.rt, l, py.i(-11))) == "IndexError: list assignment index out of range");
  CHECK(py.err(setitem(py.rt, l, py.s("x"), py.i(0))) == "TypeError: list indices must be integers or slices, not str");
  CHECK(setitem(py.rt, l, py.i(-1), py.i(99)));
  CHECK(setitem(py.rt, l, py.sl(py.i(1), py.i(3)), py.ints({10, 20, 30, 40})));
  CHECK(py.r(l) == "[0, 10, 20, 30, 40, 3, 4, 5, 6, 7, 8, 99]");
  CHECK(setitem(py.rt, l, py.sl(py.i(1), py.i(5)), py.ints({})));
  CHECK(py.r(l) == "[0, 3, 4, 5, 6, 7, 8, 99]");
  CHECK(setitem(py.rt, l, py.sl(nullptr, nullptr, py.i(2)), py.s("abcd")));
  CHECK(py.r(l) == "['a', 3, 'b', 5, 'c', 7, 'd', 99]");
  CHECK(py.err(setitem(py.rt, l, py.sl(nullptr, nullptr, py.i(2)), py.ints({1}))) ==
        "ValueError: attempt to assign sequence of size 1 to extended slice of size 4");
  CHECK(py.err(setitem(py.rt, l, py.sl(nullptr, nullptr, py.i(2)), py.i(5))) ==
        "TypeError: must assign iterable to extended slice");
  CHECK(py.err(setitem(py.rt, l, py.sl(py.i(1), py.i(2)), py.i(5))) == "TypeError: can only assign an iterable");
  CHECK(delitem(py.rt, l, py.sl(nullptr, nullptr, py.i(-3))));
  CHECK(py.r(l) == "['a', 'b', 5, 7, 'd']");
  CHECK(delitem(py.rt, l, py.sl(py.i(1), py.i(3))));
  CHECK(py.r(l) == "['a', 7, 'd']");
  CHECK(delitem(py.rt, l, py.i(0)));
  CHECK(py.r(l) == "[7, 'd']");
  CHECK(setitem(py.rt, l, py.sl(py.i(10), py.i(20)), py.ints({1, 2})));
  CHECK(py.r(l) == "[7, 'd', 1, 2]");
  CHECK(setitem(py.rt, l, py.sl(py.i(3), py.i(1)), py.ints({5})));  // insertion at 3
  CHECK(py.r(l) == "[7, 'd', 1, 5, 2]");
  CHECK(setitem(py.rt, l, py.sl(nullptr, nullptr), l));  // l[:] = l
  CHECK(py.r(l) == "[7, 'd', 1, 5, 2]");
  CHECK(setitem(py.rt, l, py.sl(py.i(0), py.i(0)), l));  // l[0:0] = l
  CHECK(py.r(l) == "[7, 'd', 1, 5, 2, 7, 'd', 1, 5, 2]");
  CHECK(setitem(py.rt, l, py.sl(nullptr, nullptr, py.i(-1)), py.ints({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})));
  CHECK(py.r(l) == "[10, 9, 8, 7, 6, 5, 4, 3, 2, 1]");
  CHECK(delitem(py.rt, l, py.sl(py.i(1), nullptr, py.i(2))));
  CHECK(py.r(l) == "[10, 8, 6, 4, 2]");
  CHECK(delitem(py.rt, l, py.sl(py.i(100), nullptr, py.i(-2))));
  CHECK(py.r(l) == "[8, 4]");
}

TEST_CASE("list operators, comparison and repr", "[containers][list]") {
  Py py;
  Value a = py.ints({1, 2});
  Value b = py.ints({1, 2, 0});
  CHECK(py.r(py.bin(a, b, BinOp::Add)) == "[1, 2, 1, 2, 0]");
  CHECK(py.r(py.bin(a, py.tup({}), BinOp::Add)) == "TypeError: can only concatenate list (not \"tuple\") to list");
  CHECK(py.r(py.bin(a, py.i(3), BinOp::Mul)) == "[1, 2, 1, 2, 1, 2]");
  CHECK(py.r(py.bin(py.i(0), a, BinOp::Mul)) == "[]");
  CHECK(py.r(py.bin(a, py.s("x"), BinOp::Mul)) == "TypeError: can't multiply sequence by non-int of type 'str'");
  Value c = py.ints({1});
  Value same = c;
  Value r1 = py.inp(c, py.tup({py.i(5)}), BinOp::Add);
  CHECK(r1.is(same));
  CHECK(py.r(c) == "[1, 5]");
  CHECK(py.r(py.inp(c, py.i(1), BinOp::Add)) == "TypeError: 'int' object is not iterable");
  CHECK(py.inp(c, py.i(2), BinOp::Mul).is(same));
  CHECK(py.r(c) == "[1, 5, 1, 5]");
  CHECK(py.inp(c, py.i(0), BinOp::Mul).is(same));
  CHECK(py.r(c) == "[]");
  CHECK(py.r(py.inp(c, py.s("a"), BinOp::Mul)) == "TypeError: can't multiply sequence by non-int of type 'str'");
  CHECK(py.r(py.cmp(a, b, CmpOp::Lt)) == "True");
  CHECK(py.r(py.cmp(a, b, CmpOp::Eq)) == "False");
  CHECK(py.r(py.cmp(b, a, CmpOp::Ge)) == "True");
  CHECK(py.r(py.cmp(a, py.ints({1, 2}), CmpOp::Eq)) == "True");
  CHECK(py.r(py.cmp(a, py.ints({1, 3}), CmpOp::Ne)) == "True");
  CHECK(py.r(py.cmp(a, py.list({py.i(1), py.s("x")}), CmpOp::Lt)) ==
        "TypeError: '<' not supported between instances of 'int' and 'str'");
  CHECK(py.r(py.cmp(a, py.tup({py.i(1), py.i(2)}), CmpOp::Eq)) == "False");
  CHECK(py.r(py.cmp(a, py.tup({py.i(1), py.i(2)}), CmpOp::Lt)) ==
        "TypeError: '<' not supported between instances of 'list' and 'tuple'");
  CHECK(py.hash_err(a) == "TypeError: unhashable type: 'list'");
  Value rec = py.ints({1, 2});
  list_append(py.rt, as_list(rec), rec);
  CHECK(py.r(rec) == "[1, 2, [...]]");
  list_clear(py.rt, as_list(rec));
  CHECK(py.r(py.list({py.s("a"), py.none(), py.f(1.5), py.tup({})})) == "['a', None, 1.5, ()]");
  CHECK(py.contains_s(a, py.i(2)) == "True");
  CHECK(py.contains_s(a, py.s("2")) == "False");
  CHECK(py.type_of(iter(py.rt, a)) == "<class 'list_iterator'>");
  CHECK(py.type_of(py.m(a, "__reversed__")) == "<class 'list_reverseiterator'>");
  CHECK(py.r_list(py.m(a, "__reversed__")) == "[2, 1]");
  CHECK(py.r(py.make(py.rt.t.list, {py.s("abc")})) == "['a', 'b', 'c']");
  CHECK(py.r(py.make(py.rt.t.list, {py.i(1), py.i(2)})) == "TypeError: list expected at most 1 argument, got 2");
  CHECK(py.r(py.call_kw(py.type(py.rt.t.list), {}, {{"x", py.i(1)}})) == "TypeError: list() takes no keyword arguments");
  CHECK(py.r(py.make(py.rt.t.list, {py.i(3)})) == "TypeError: 'int' object is not iterable");
}

TEST_CASE("list iterators see mutation like CPython", "[containers][list]") {
  Py py;
  Value l = py.ints({1, 2, 3});
  Value it = iter(py.rt, l);
  CHECK(py.r(next(py.rt, it)) == "1");
  list_append(py.rt, as_list(l), py.i(4));
  CHECK(py.r_list(it) == "[2, 3, 4]");
  list_append(py.rt, as_list(l), py.i(5));
  CHECK(!next(py.rt, it));  // exhausted iterators stay exhausted
  CHECK(!py.rt.has_error());
  Value rit = py.m(l, "__reversed__");
  CHECK(py.r(next(py.rt, rit)) == "5");
  CHECK(py.m(l, "clear"));
  CHECK(!next(py.rt, rit));
  CHECK(!py.rt.has_error());
  Value it2 = iter(py.rt, py.ints({1, 2, 3}));
  CHECK(py.r(py.m(it2, "__length_hint__")) == "3");
}

TEST_CASE("list.sort: stable, key, reverse, errors", "[containers][list][sort]") {
  Py py;
  Value l = py.ints({5, 3, 9, 1, 3, 7, 0, -2, 8});
  CHECK(py.r(py.m(l, "sort")) == "None");
  CHECK(py.r(l) == "[-2, 0, 1, 3, 3, 5, 7, 8, 9]");
  CHECK(py.r(py.mk(l, "sort", {}, {{"reverse", py.rt.True()}})) == "None");
  CHECK(py.r(l) == "[9, 8, 7, 5, 3, 3, 1, 0, -2]");
  Value words = py.list({py.s("pear"), py.s("Fig"), py.s("apple"), py.s("kiwi"), py.s("banana"), py.s("é")});
  CHECK(py.m(words, "sort"));
  CHECK(py.r(words) == "['Fig', 'apple', 'banana', 'kiwi', 'pear', 'é']");
  // key=len keeps equal-length items in their original order; reverse=True too.
  Value w2 = py.list({py.s("bb"), py.s("a"), py.s("cc"), py.s("d"), py.s("eee"), py.s("ff")});
  CHECK(py.mk(w2, "sort", {}, {{"key", py.type(py.rt.t.str)}}));
  CHECK(py.r(w2) == "['a', 'bb', 'cc', 'd', 'eee', 'ff']");
  Value w3 = py.list({py.s("bb"), py.s("a"), py.s("cc"), py.s("d"), py.s("eee"), py.s("ff")});
  Value keyfn = getattr(py.rt, py.type(py.rt.t.str), "__len__");
  REQUIRE(keyfn);
  CHECK(py.mk(w3, "sort", {}, {{"key", keyfn}}));
  CHECK(py.r(w3) == "['a', 'd', 'bb', 'cc', 'ff', 'eee']");
  Value w4 = py.list({py.s("bb"), py.s("a"), py.s("cc"), py.s("d"), py.s("eee"), py.s("ff")});
  CHECK(py.mk(w4, "sort", {}, {{"key", keyfn}, {"reverse", py.i(1)}}));
  CHECK(py.r(w4) == "['eee', 'bb', 'cc', 'ff', 'a', 'd']");
  // Errors
  Value mixed = py.list({py.i(1), py.s("a"), py.i(0)});
  CHECK(py.r(py.m(mixed, "sort")) == "TypeError: '<' not supported between instances of 'str' and 'int'");
  CHECK(py.len(mixed) == 3);  // every item is still there
  CHECK(py.r(py.m(l, "sort", {py.i(1)})) == "TypeError: sort() takes no positional arguments");
  CHECK(py.r(py.mk(l, "sort", {}, {{"foo", py.i(1)}})) == "TypeError: 'foo' is an invalid keyword argument for sort()");
  CHECK(py.r(py.mk(l, "sort", {}, {{"reverse", py.none()}})) ==
        "TypeError: 'NoneType' object cannot be interpreted as an integer");
  CHECK(py.r(py.mk(l, "sort", {}, {{"key", py.i(1)}})) == "TypeError: 'int' object is not callable");
  CHECK(py.r(l) == "[9, 8, 7, 5, 3, 3, 1, 0, -2]");
  // Floats, big ints and tuples go through the right comparisons.
  Value fl = py.list({py.f(2.5), py.f(-1.0), py.f(1e10), py.f(0.5)});
  CHECK(py.m(fl, "sort"));
  CHECK(py.r(fl) == "[-1.0, 0.5, 2.5, 10000000000.0]");
  Value mixnum = py.list({py.f(2.5), py.i(2), py.i(3), py.f(-0.5), py.rt.True()});
  CHECK(py.m(mixnum, "sort"));
  CHECK(py.r(mixnum) == "[-0.5, True, 2, 2.5, 3]");
  Value tl = py.list({py.tup({py.i(2), py.s("b")}), py.tup({py.i(1), py.s("z")}), py.tup({py.i(2), py.s("a")})});
  CHECK(py.m(tl, "sort"));
  CHECK(py.r(tl) == "[(1, 'z'), (2, 'a'), (2, 'b')]");
}

TEST_CASE("list.sort matches a reference on many inputs", "[containers][list][sort]") {
  Py py;
  // Pseudo-random inputs with runs, duplicates and reversed stretches; the result must be sorted
  // and stable (checked through (key, original index) pairs).
  uint64_t state = 12345;
  auto rnd = [&]() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  };
  for (int round = 0; round < 40; ++round) {
    int n = static_cast<int>(rnd() % 700);
    std::vector<std::pair<int64_t, int64_t>> ref;
    Ref<ListObject> l = new_list(py.rt);
    int mode = round % 4;
    for (int i = 0; i < n; ++i) {
      int64_t k;
      if (mode == 0) k = static_cast<int64_t>(rnd() % 50);
      else if (mode == 1) k = i / 7;                       // ascending runs
      else if (mode == 2) k = (n - i) / 3;                 // descending runs
      else k = (i % 64 < 32) ? i : static_cast<int64_t>(rnd() % 1000);
      ref.emplace_back(k, i);
      list_append(py.rt, l.get(), make_tuple(py.rt, {py.i(k), py.i(i)}));
    }
    std::stable_sort(ref.begin(), ref.end(), [](auto& a, auto& b) { return a.first < b.first; });
    // Sort by the first element only (key=itemgetter(0) emulated with tuple compare on a copy).
    // key=: a bound dict.__getitem__ mapping each tuple to its first element.
    Ref<DictObject> lookup = new_dict(py.rt);
    for (int64_t i = 0; i < l->size; ++i) dict_set(py.rt, lookup.get(), l->items[i], (*as_tuple(l->items[i]))[0]);
    Value getter = getattr(py.rt, lookup.value(), "__getitem__");
    REQUIRE(getter);
    REQUIRE(list_sort(py.rt, l.get(), getter, false));
    bool ok = true;
    for (int i = 0; i < n; ++i) {
      const TupleObject* t = as_tuple(l->items[i]);
      if ((*t)[0].small_value() != ref[static_cast<size_t>(i)].first ||
          (*t)[1].small_value() != ref[static_cast<size_t>(i)].second) {
        ok = false;
      }
    }
    CHECK(ok);
    // And a plain sort of the tuples (full compare) gives the same order here.
    REQUIRE(list_sort(py.rt, l.get(), nullptr, true));
    bool desc = true;
    for (int i = 1; i < n; ++i) {
      int c = rich_compare_bool(py.rt, l->items[i - 1], l->items[i], CmpOp::Ge);
      if (c != 1) desc = false;
    }
    CHECK(desc);
  }
}

namespace {
int g_compare_calls = 0;
Value raising_lt(Runtime& rt, const Value&, CallArgs) {
  if (++g_compare_calls > 5) return rt.raise(rt.t.RuntimeError, "boom");
  return rt.False();
}
Value g_victim;
Value mutating_lt(Runtime& rt, const Value&, CallArgs) {
  if (g_victim) list_append(rt, as_list(g_victim), make_int(rt, 1));
  return rt.False();
}
}  // namespace

TEST_CASE("list.sort propagates comparison errors and detects mutation", "[containers][list][sort]") {
  Py py;
  Value cls = make_test_class(py, "Boom", py.rt.t.object, {{"__lt__", native(py.rt, "__lt__", raising_lt)}});
  REQUIRE(cls);
  Ref<ListObject> l = new_list(py.rt);
  for (int i = 0; i < 20; ++i) list_append(py.rt, l.get(), call(py.rt, cls, CallArgs{}));
  g_compare_calls = 0;
  Value lv = l.value();
  CHECK(py.r(py.m(lv, "sort")) == "RuntimeError: boom");
  CHECK(py.len(lv) == 20);
  for (int64_t i = 0; i < 20; ++i) CHECK(l->items[i].type(py.rt) == static_cast<TypeObject*>(cls.obj()));

  Value cls2 = make_test_class(py, "Mut", py.rt.t.object, {{"__lt__", native(py.rt, "__lt__", mutating_lt)}});
  Ref<ListObject> m = new_list(py.rt);
  for (int i = 0; i < 5; ++i) list_append(py.rt, m.get(), call(py.rt, cls2, CallArgs{}));
  g_victim = m.value();
  CHECK(py.r(py.m(g_victim, "sort")) == "ValueError: list modified during sort");
  CHECK(py.len(g_victim) == 5);
  g_victim = nullptr;
}

TEST_CASE("list subclass instances", "[containers][list]") {
  Py py;
  Value cls = make_test_class(py, "MyList", py.rt.t.list, {});
  REQUIRE(cls);
  Value inst = call(py.rt, cls, {py.s("ab")});
  REQUIRE(inst);
  CHECK(py.r(inst) == "['a', 'b']");
  CHECK(py.type_of(inst) == "<class '__main__.MyList'>");
  CHECK(py.r(py.bin(inst, py.ints({1}), BinOp::Add)) == "['a', 'b', 1]");
  CHECK(py.type_of(py.bin(inst, py.ints({1}), BinOp::Add)) == "<class 'list'>");
  CHECK(py.r(py.m(inst, "append", {py.i(3)})) == "None");
  CHECK(py.len(inst) == 3);
  CHECK(py.r(py.cmp(inst, py.list({py.s("a"), py.s("b"), py.i(3)}), CmpOp::Eq)) == "True");
}

// =============================================================================================
// dict

TEST_CASE("dict basics: set, get, delete, order", "[containers][dict]") {
  Py py;
  Value d = py.make(py.rt.t.dict);
  REQUIRE(d);
  for (int i = 0; i < 10; ++i) CHECK(setitem(py.rt, d, py.i(i * 7), py.s("v")));
  CHECK(py.len(d) == 10);
  CHECK(delitem(py.rt, d, py.i(14)));
  CHECK(delitem(py.rt, d, py.i(0)));
  CHECK(setitem(py.rt, d, py.i(0), py.s("again")));
  CHECK(py.r(d) == "{7: 'v', 21: 'v', 28: 'v', 35: 'v', 42: 'v', 49: 'v', 56: 'v', 63: 'v', 0: 'again'}");
  CHECK(py.r(py.item(d, py.i(99))) == "KeyError: 99");
  CHECK(py.r(py.item(d, py.s("k"))) == "KeyError: 'k'");
  CHECK(py.r(py.item(d, py.tup({py.i(1), py.i(2)}))) == "KeyError: (1, 2)");
  CHECK(py.err(delitem(py.rt, d, py.i(99))) == "KeyError: 99");
  CHECK(py.r(py.item(d, py.ints({}))) == "TypeError: unhashable type: 'list'");
  CHECK(py.err(setitem(py.rt, d, py.ints({}), py.i(1))) == "TypeError: unhashable type: 'list'");
  CHECK(py.r(py.item(d, py.f(7.0))) == "'v'");  // 7.0 == 7
  CHECK(py.r(py.item(d, py.rt.True())) == "KeyError: True");
  CHECK(setitem(py.rt, d, py.rt.True(), py.s("t")));
  CHECK(py.r(py.item(d, py.i(1))) == "'t'");
  CHECK(py.contains_s(d, py.i(1)) == "True");
  CHECK(py.contains_s(d, py.i(2)) == "False");
  CHECK(py.contains_s(d, py.ints({})) == "TypeError: unhashable type: 'list'");
  CHECK(py.r(py.make(py.rt.t.dict, {py.list({py.tup({py.s("a"), py.i(1)}), py.s("bc")})})) == "{'a': 1, 'b': 'c'}");
  CHECK(py.r(py.call_kw(py.type(py.rt.t.dict), {}, {{"x", py.i(1)}, {"y", py.i(2)}})) == "{'x': 1, 'y': 2}");
  CHECK(py.r(py.make(py.rt.t.dict, {py.i(1), py.i(2)})) == "TypeError: dict expected at most 1 argument, got 2");
  CHECK(py.r(py.make(py.rt.t.dict, {py.ints({1})})) ==
        "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  CHECK(py.r(py.make(py.rt.t.dict, {py.list({py.tup({py.i(1), py.i(2), py.i(3)})})})) ==
        "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  CHECK(py.r(py.make(py.rt.t.dict, {py.list({py.tup({py.i(1), py.i(2)}), py.s("a")})})) ==
        "ValueError: dictionary update sequence element #1 has length 1; 2 is required");
  CHECK(py.r(py.make(py.rt.t.dict, {py.i(1)})) == "TypeError: 'int' object is not iterable");
  CHECK(py.hash_err(d) == "TypeError: unhashable type: 'dict'");
}

TEST_CASE("dict methods", "[containers][dict]") {
  Py py;
  Value d = py.make(py.rt.t.dict);
  CHECK(setitem(py.rt, d, py.s("a"), py.i(1)));
  CHECK(setitem(py.rt, d, py.s("b"), py.i(2)));
  CHECK(py.r(py.m(d, "get", {py.s("a")})) == "1");
  CHECK(py.r(py.m(d, "get", {py.s("z")})) == "None");
  CHECK(py.r(py.m(d, "get", {py.s("z"), py.i(0)})) == "0");
  CHECK(py.r(py.m(d, "get")) == "TypeError: get expected at least 1 argument, got 0");
  CHECK(py.r(py.m(d, "get", {py.i(1), py.i(2), py.i(3)})) == "TypeError: get expected at most 2 arguments, got 3");
  CHECK(py.r(py.m(d, "setdefault", {py.s("c")})) == "None");
  CHECK(py.r(py.m(d, "setdefault", {py.s("a"), py.i(9)})) == "1");
  CHECK(py.r(py.m(d, "setdefault", {py.s("e"), py.i(5)})) == "5");
  CHECK(py.r(d) == "{'a': 1, 'b': 2, 'c': None, 'e': 5}");
  CHECK(py.r(py.m(d, "pop", {py.s("c")})) == "None");
  CHECK(py.r(py.m(d, "pop", {py.s("c")})) == "KeyError: 'c'");
  CHECK(py.r(py.m(d, "pop", {py.s("c"), py.i(7)})) == "7");
  CHECK(py.r(py.m(d, "pop")) == "TypeError: pop expected at least 1 argument, got 0");
  CHECK(py.r(py.m(d, "popitem")) == "('e', 5)");
  CHECK(py.r(py.m(d, "popitem", {py.i(1)})) == "TypeError: dict.popitem() takes no arguments (1 given)");
  CHECK(py.r(d) == "{'a': 1, 'b': 2}");
  CHECK(py.r(py.m(d, "update", {py.list({py.tup({py.s("x"), py.i(0)})})})) == "None");
  CHECK(py.r(py.mk(d, "update", {}, {{"a", py.i(100)}})) == "None");
  CHECK(py.r(d) == "{'a': 100, 'b': 2, 'x': 0}");
  CHECK(py.r(py.m(d, "update", {py.i(1), py.i(2)})) == "TypeError: update expected at most 1 argument, got 2");
  CHECK(py.r(py.m(d, "update", {py.ints({1})})) ==
        "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  Value c = py.m(d, "copy");
  CHECK(py.r(c) == "{'a': 100, 'b': 2, 'x': 0}");
  CHECK(py.r(py.cmp(c, d, CmpOp::Eq)) == "True");
  CHECK(py.r(py.m(c, "clear")) == "None");
  CHECK(py.r(c) == "{}");
  CHECK(py.r(py.cmp(c, d, CmpOp::Eq)) == "False");
  CHECK(py.r(py.cmp(c, d, CmpOp::Lt)) == "TypeError: '<' not supported between instances of 'dict' and 'dict'");
  Value e = py.make(py.rt.t.dict);
  CHECK(py.r(py.m(e, "popitem")) == "KeyError: 'popitem(): dictionary is empty'");
  CHECK(py.r(py.m(py.type(py.rt.t.dict), "fromkeys", {py.s("abc")})) == "{'a': None, 'b': None, 'c': None}");
  CHECK(py.r(py.m(py.type(py.rt.t.dict), "fromkeys", {py.ints({1, 2}), py.i(0)})) == "{1: 0, 2: 0}");
  CHECK(py.r(py.m(py.type(py.rt.t.dict), "fromkeys")) == "TypeError: fromkeys expected at least 1 argument, got 0");
  CHECK(py.r(py.m(d, "keys", {py.i(1)})) == "TypeError: dict.keys() takes no arguments (1 given)");
  // | and |=
  Value x = py.make(py.rt.t.dict, {py.list({py.tup({py.i(1), py.s("a")}), py.tup({py.i(2), py.s("b")})})});
  Value y = py.make(py.rt.t.dict, {py.list({py.tup({py.i(2), py.s("B")}), py.tup({py.i(3), py.s("C")})})});
  CHECK(py.r(py.bin(x, y, BinOp::Or)) == "{1: 'a', 2: 'B', 3: 'C'}");
  CHECK(py.r(py.bin(x, py.i(1), BinOp::Or)) == "TypeError: unsupported operand type(s) for |: 'dict' and 'int'");
  CHECK(py.r(py.inp(x, py.list({py.tup({py.i(9), py.i(9)})}), BinOp::Or)) == "{1: 'a', 2: 'b', 9: 9}");
  CHECK(py.r_list(py.m(x, "__reversed__")) == "[9, 2, 1]");
  CHECK(py.type_of(py.m(x, "__reversed__")) == "<class 'dict_reversekeyiterator'>");
}

TEST_CASE("dict: growth, deletion holes, popitem cycles, many keys", "[containers][dict]") {
  Py py;
  Ref<DictObject> d = new_dict(py.rt);
  for (int i = 0; i < 5000; ++i) REQUIRE(dict_set(py.rt, d.get(), py.i(i), py.i(i * 2)));
  CHECK(d->used == 5000);
  for (int i = 0; i < 5000; i += 2) REQUIRE(dict_del(py.rt, d.get(), py.i(i)) == 1);
  CHECK(d->used == 2500);
  bool all = true;
  for (int i = 0; i < 5000; ++i) {
    Value v = dict_get(py.rt, d.get(), py.i(i));
    if ((i % 2 == 0) != !v) all = false;
    if (v && v.small_value() != i * 2) all = false;
  }
  CHECK(all);
  // Iteration order is insertion order of the survivors.
  int64_t expect = 1;
  bool ordered = true;
  for (int64_t pos = 0;;) {
    DictEntry* e;
    if (!dict_next(d.get(), &pos, &e)) break;
    if (e->key.small_value() != expect) ordered = false;
    expect += 2;
  }
  CHECK(ordered);
  // popitem / insert cycles never lose lookups (dummy slots are accounted for).
  Ref<DictObject> p = new_dict(py.rt);
  for (int i = 0; i < 8; ++i) dict_set(py.rt, p.get(), py.i(i), py.i(i));
  Value pv = p.value();
  for (int round = 0; round < 2000; ++round) {
    Value item = py.m(pv, "popitem");
    REQUIRE(item);
    REQUIRE(dict_set(py.rt, p.get(), py.i(100 + round), py.i(round)));
  }
  CHECK(p->used == 8);
  CHECK(!dict_get(py.rt, p.get(), py.i(-5)));
  CHECK(!py.rt.has_error());
  CHECK(py.r(dict_get(py.rt, p.get(), py.i(2099))) == "1999");
  // String keys: interned fast path and equal non-interned strings.
  Ref<DictObject> s = new_dict(py.rt);
  StrObject* name = py.rt.intern("attribute_name");
  dict_set_str(py.rt, s.get(), name, py.i(1));
  Value other = make_str(py.rt, std::string("attribute_") + "name");
  CHECK(py.r(dict_get(py.rt, s.get(), other)) == "1");
  REQUIRE(dict_lookup_str(s.get(), name));
  CHECK(dict_lookup_str(s.get(), name)->small_value() == 1);
  CHECK(!dict_lookup_str(s.get(), py.rt.intern("missing")));
  CHECK(dict_set(py.rt, s.get(), other, py.i(2)));
  CHECK(s->used == 1);
  CHECK(dict_get_str(s.get(), name).small_value() == 2);
  CHECK(py.r(dict_pop_str(py.rt, s.get(), name)) == "2");
  CHECK(!dict_pop_str(py.rt, s.get(), name));
  CHECK(dict_del_str(py.rt, s.get(), name) == 0);
}

TEST_CASE("dict views", "[containers][dict]") {
  Py py;
  Value d = py.make(py.rt.t.dict, {py.list({py.tup({py.i(1), py.s("a")}), py.tup({py.i(2), py.s("b")}),
                                           py.tup({py.i(3), py.s("c")})})});
  Value k = py.m(d, "keys");
  Value v = py.m(d, "values");
  Value it = py.m(d, "items");
  CHECK(py.r(k) == "dict_keys([1, 2, 3])");
  CHECK(py.r(v) == "dict_values(['a', 'b', 'c'])");
  CHECK(py.r(it) == "dict_items([(1, 'a'), (2, 'b'), (3, 'c')])");
  CHECK(py.r(py.m(py.make(py.rt.t.dict), "keys")) == "dict_keys([])");
  CHECK(py.len(k) == 3);
  CHECK(py.contains_s(k, py.i(2)) == "True");
  CHECK(py.contains_s(it, py.tup({py.i(2), py.s("b")})) == "True");
  CHECK(py.contains_s(it, py.tup({py.i(2), py.s("x")})) == "False");
  CHECK(py.contains_s(it, py.i(2)) == "False");
  CHECK(py.contains_s(v, py.s("c")) == "True");
  CHECK(py.type_of(iter(py.rt, k)) == "<class 'dict_keyiterator'>");
  CHECK(py.type_of(iter(py.rt, v)) == "<class 'dict_valueiterator'>");
  CHECK(py.type_of(iter(py.rt, it)) == "<class 'dict_itemiterator'>");
  CHECK(py.type_of(py.m(v, "__reversed__")) == "<class 'dict_reversevalueiterator'>");
  CHECK(py.r_list(py.m(it, "__reversed__")) == "[(3, 'c'), (2, 'b'), (1, 'a')]");
  // Set operations (results ordered like CPython's sets).
  Value s35 = py.make(py.rt.t.set, {py.ints({3, 5})});
  CHECK(py.r(py.bin(k, s35, BinOp::And)) == "{3}");
  CHECK(py.r(py.bin(k, py.ints({7, 1}), BinOp::Or)) == "{1, 2, 3, 7}");
  CHECK(py.r(py.bin(k, py.make(py.rt.t.set, {py.ints({1})}), BinOp::Sub)) == "{2, 3}");
  CHECK(py.r(py.bin(k, py.make(py.rt.t.set, {py.ints({1, 9})}), BinOp::Xor)) == "{9, 2, 3}");
  CHECK(py.r(py.bin(py.ints({1, 2, 8}), k, BinOp::Sub)) == "{8}");
  CHECK(py.r(py.bin(k, py.i(1), BinOp::And)) == "TypeError: 'int' object is not iterable");
  Value other = py.make(py.rt.t.dict, {py.list({py.tup({py.i(1), py.s("a")}), py.tup({py.i(5), py.s("e")})})});
  CHECK(py.r(py.bin(it, py.m(other, "items"), BinOp::Xor)) == "{(5, 'e'), (3, 'c'), (2, 'b')}");
  CHECK(py.r(py.bin(it, py.m(other, "items"), BinOp::And)) == "{(1, 'a')}");
  CHECK(py.r(py.cmp(k, py.make(py.rt.t.set, {py.ints({3, 2, 1})}), CmpOp::Eq)) == "True");
  CHECK(py.r(py.cmp(py.make(py.rt.t.set, {py.ints({3, 2, 1})}), k, CmpOp::Eq)) == "True");
  CHECK(py.r(py.cmp(k, py.make(py.rt.t.set, {py.ints({1, 2})}), CmpOp::Gt)) == "True");
  CHECK(py.r(py.cmp(k, py.ints({1, 2, 3}), CmpOp::Eq)) == "False");
  CHECK(py.r(py.cmp(v, v, CmpOp::Eq)) == "True");
  CHECK(py.r(py.cmp(v, py.m(d, "values"), CmpOp::Eq)) == "False");
  CHECK(py.r(py.m(k, "isdisjoint", {py.ints({7, 8})})) == "True");
  CHECK(py.r(py.m(k, "isdisjoint", {py.ints({7, 1})})) == "False");
  CHECK(py.hash_err(k) == "TypeError: unhashable type: 'dict_keys'");
  CHECK(py.hash_err(it) == "TypeError: unhashable type: 'dict_items'");
  CHECK(py.hash_err(v) == "<no error>");
  // Views are live.
  CHECK(setitem(py.rt, d, py.i(4), py.s("d")));
  CHECK(py.r(k) == "dict_keys([1, 2, 3, 4])");
}

TEST_CASE("dict iteration errors", "[containers][dict]") {
  Py py;
  Value d = py.make(py.rt.t.dict, {py.list({py.tup({py.i(1), py.i(1)}), py.tup({py.i(2), py.i(2)})})});
  Value it = iter(py.rt, d);
  CHECK(py.r(next(py.rt, it)) == "1");
  CHECK(setitem(py.rt, d, py.i(3), py.i(3)));
  CHECK(py.r(next(py.rt, it)) == "RuntimeError: dictionary changed size during iteration");
  CHECK(py.r(next(py.rt, it)) == "RuntimeError: dictionary changed size during iteration");
  Value it2 = iter(py.rt, d);
  CHECK(py.r(next(py.rt, it2)) == "1");
  CHECK(delitem(py.rt, d, py.i(3)));
  CHECK(setitem(py.rt, d, py.i(4), py.i(4)));  // same size: iteration goes on
  CHECK(py.r_list(it2) == "[2, 4]");
  Value d2 = py.make(py.rt.t.dict, {py.list({py.tup({py.i(1), py.i(1)}), py.tup({py.i(2), py.i(2)})})});
  Value it4 = iter(py.rt, d2);
  CHECK(py.r(next(py.rt, it4)) == "1");
  CHECK(delitem(py.rt, d2, py.i(1)));
  CHECK(setitem(py.rt, d2, py.i(5), py.i(5)));
  CHECK(py.r(next(py.rt, it4)) == "2");
  CHECK(py.r(next(py.rt, it4)) == "RuntimeError: dictionary keys changed during iteration");
  Value it3 = iter(py.rt, py.m(d, "items"));
  CHECK(py.r(py.m(it3, "__length_hint__")) == "3");
}

namespace {
Value missing_fn(Runtime& rt, const Value&, CallArgs args) {
  std::string r;
  if (!repr_string(rt, args[args.nargs - 1], &r)) return nullptr;
  return make_str(rt, "missing:" + r);
}
int g_eq_calls = 0;
Value g_mut_dict;
Value eq_mutates(Runtime& rt, const Value&, CallArgs) {
  ++g_eq_calls;
  if (g_mut_dict && g_eq_calls == 1) dict_clear(rt, as_dict(g_mut_dict));
  return rt.False();
}
Value hash_const(Runtime&, const Value&, CallArgs) { return Value::small(42); }
Value eq_raises(Runtime& rt, const Value&, CallArgs) { return rt.raise(rt.t.ValueError, "no eq"); }
}  // namespace

TEST_CASE("dict subclasses with __missing__ and hostile keys", "[containers][dict]") {
  Py py;
  Value cls = make_test_class(py, "Defaulting", py.rt.t.dict, {{"__missing__", native(py.rt, "__missing__", missing_fn)}});
  REQUIRE(cls);
  Value d = call(py.rt, cls, CallArgs{});
  CHECK(py.r(py.item(d, py.s("k"))) == "\"missing:'k'\"");
  CHECK(setitem(py.rt, d, py.s("k"), py.i(1)));
  CHECK(py.r(py.item(d, py.s("k"))) == "1");
  CHECK(py.r(d) == "{'k': 1}");
  // A key whose __eq__ raises.
  Value bad = make_test_class(py, "BadEq", py.rt.t.object,
                              {{"__hash__", native(py.rt, "__hash__", hash_const)}, {"__eq__", native(py.rt, "__eq__", eq_raises)}});
  REQUIRE(bad);
  Value plain = py.make(py.rt.t.dict);
  Value k1 = call(py.rt, bad, CallArgs{});
  Value k2 = call(py.rt, bad, CallArgs{});
  CHECK(setitem(py.rt, plain, k1, py.i(1)));
  CHECK(py.r(py.item(plain, k1)) == "1");  // identity first: no __eq__
  CHECK(py.r(py.item(plain, k2)) == "ValueError: no eq");
  CHECK(py.err(setitem(py.rt, plain, k2, py.i(2))) == "ValueError: no eq");
  // A key whose __eq__ clears the dict during the lookup: the lookup restarts and misses.
  Value mut = make_test_class(py, "MutEq", py.rt.t.object,
                              {{"__hash__", native(py.rt, "__hash__", hash_const)}, {"__eq__", native(py.rt, "__eq__", eq_mutates)}});
  Value victim = py.make(py.rt.t.dict);
  Value m1 = call(py.rt, mut, CallArgs{});
  Value m2 = call(py.rt, mut, CallArgs{});
  CHECK(setitem(py.rt, victim, m1, py.i(1)));
  g_mut_dict = victim;
  g_eq_calls = 0;
  std::string m2_repr = py.r(m2);
  CHECK(py.r(py.item(victim, m2)) == "KeyError: " + m2_repr);
  g_mut_dict = nullptr;
  CHECK(py.len(victim) == 0);
}

TEST_CASE("dict repr recursion and equality", "[containers][dict]") {
  Py py;
  Value d = py.make(py.rt.t.dict);
  CHECK(setitem(py.rt, d, py.i(1), d));
  CHECK(py.r(d) == "{1: {...}}");
  CHECK(py.r(py.m(d, "values")) == "dict_values([{1: {...}}])");
  CHECK(py.m(d, "clear"));
  Value a = py.make(py.rt.t.dict, {py.list({py.tup({py.i(1), py.f(1.0)})})});
  Value b = py.make(py.rt.t.dict, {py.list({py.tup({py.f(1.0), py.i(1)})})});
  CHECK(py.r(py.cmp(a, b, CmpOp::Eq)) == "True");
  CHECK(py.r(py.cmp(a, b, CmpOp::Ne)) == "False");
  CHECK(py.r(py.cmp(a, py.ints({}), CmpOp::Eq)) == "False");
}

// =============================================================================================
// set / frozenset

TEST_CASE("set iteration order matches CPython", "[containers][set]") {
  Py py;
  auto cases = set_from_cases(py.rt);
  for (auto& c : cases) {
    Value items = make_tuple(py.rt, c.items.data(), static_cast<int64_t>(c.items.size()));
    Value s = py.make(py.rt.t.set, {items});
    Value f = py.make(py.rt.t.frozenset, {items});
    CHECK(py.r(s) == c.set_repr);
    CHECK(py.r(f) == c.frozenset_repr);
    // Adding one by one gives the same layout as set(iterable).
    Ref<SetObject> one = new_set(py.rt);
    for (auto& v : c.items) REQUIRE(set_add(py.rt, one.get(), v) == 0);
    CHECK(py.r(one.value()) == c.set_repr);
    // copy() rebuilds the table (CPython's set_merge), which can change the order.
    CHECK(py.r(py.m(s, "copy")) == c.copy_repr);
    CHECK(py.r(py.make(py.rt.t.set, {s})) == c.copy_repr);
    if (*c.literal_repr) {
      // What the VM does for a display of constants: set().update(<compiler's frozenset>).
      Value lit = py.make(py.rt.t.set);
      Value constant =
          frozenset_display_constant(py.rt, c.items.data(), static_cast<int64_t>(c.items.size()), c.reinterned);
      REQUIRE(constant);
      REQUIRE(set_update(py.rt, as_set(lit), constant));
      CHECK(py.r(lit) == c.literal_repr);
    }
  }
}

TEST_CASE("set operation sequences match CPython", "[containers][set]") {
  Py py;
  auto cases = set_ops_cases(py.rt);
  for (auto& c : cases) {
    Value items = make_tuple(py.rt, c.initial.data(), static_cast<int64_t>(c.initial.size()));
    Value s = py.make(py.rt.t.set, {items});
    REQUIRE(s);
    std::vector<std::string> popped;
    for (auto& op : c.ops) {
      std::string name = op.name;
      Value arg = make_tuple(py.rt, op.arg.data(), static_cast<int64_t>(op.arg.size()));
      Value r;
      if (name == "pop") {
        popped.push_back(py.r(py.m(s, "pop")));
        continue;
      } else if (name == "clear") {
        r = py.m(s, "clear");
      } else if (name == "add" || name == "discard") {
        r = py.m(s, name.c_str(), {op.arg[0]});
      } else if (name.size() > 5 && name.substr(name.size() - 5) == "_dict") {
        Value d = py.make(py.rt.t.dict);
        for (auto& k : op.arg) setitem(py.rt, d, k, py.i(0));
        r = py.m(s, name.substr(0, name.size() - 5).c_str(), {d});
      } else {
        r = py.m(s, name.c_str(), {arg});
      }
      REQUIRE(py.r(r) == "None");
    }
    std::vector<std::string> expected(c.popped.begin(), c.popped.end());
    CHECK(popped == expected);
    CHECK(py.r(s) == c.final_repr);
  }
}

TEST_CASE("set algebra matches CPython", "[containers][set]") {
  Py py;
  for (auto& c : set_alg_cases(py.rt)) {
    Value a = py.make(py.rt.t.set, {make_tuple(py.rt, c.a.data(), static_cast<int64_t>(c.a.size()))});
    Value bl = make_tuple(py.rt, c.b.data(), static_cast<int64_t>(c.b.size()));
    Value b = py.make(py.rt.t.set, {bl});
    CHECK(py.r(py.bin(a, b, BinOp::Or)) == c.or_);
    CHECK(py.r(py.bin(a, b, BinOp::And)) == c.and_);
    CHECK(py.r(py.bin(a, b, BinOp::Sub)) == c.sub);
    CHECK(py.r(py.bin(a, b, BinOp::Xor)) == c.xor_);
    CHECK(py.r(py.m(a, "union", {bl})) == c.union_);
    CHECK(py.r(py.m(a, "intersection", {bl})) == c.inter);
    CHECK(py.r(py.m(a, "difference", {bl})) == c.diff);
    CHECK(py.r(py.m(a, "symmetric_difference", {bl})) == c.symdiff);
    CHECK(py.r(py.cmp(a, b, CmpOp::Le)) == (c.le ? "True" : "False"));
    CHECK(py.r(py.cmp(a, b, CmpOp::Lt)) == (c.lt ? "True" : "False"));
    CHECK(py.r(py.cmp(a, b, CmpOp::Ge)) == (c.ge ? "True" : "False"));
    CHECK(py.r(py.cmp(a, b, CmpOp::Gt)) == (c.gt ? "True" : "False"));
    CHECK(py.r(py.cmp(a, b, CmpOp::Eq)) == (c.eq ? "True" : "False"));
    CHECK(py.r(py.m(a, "isdisjoint", {bl})) == (c.disjoint ? "True" : "False"));
    CHECK(py.r(py.m(a, "issubset", {bl})) == (c.le ? "True" : "False"));
    CHECK(py.r(py.m(a, "issuperset", {bl})) == (c.ge ? "True" : "False"));
  }
}

TEST_CASE("frozenset hash matches CPython", "[containers][set]") {
  Py py;
  for (auto& c : frozenset_hash_cases(py.rt)) {
    Value f = py.make(py.rt.t.frozenset, {make_tuple(py.rt, c.items.data(), static_cast<int64_t>(c.items.size()))});
    CHECK(py.h(f) == c.hash);
  }
  auto a = fs_dummy_a(py.rt);
  auto b = fs_dummy_b(py.rt);
  Value fa = py.make(py.rt.t.frozenset, {make_tuple(py.rt, a.data(), static_cast<int64_t>(a.size()))});
  Value fb = py.make(py.rt.t.frozenset, {make_tuple(py.rt, b.data(), static_cast<int64_t>(b.size()))});
  Value diff = py.bin(fa, fb, BinOp::Sub);
  CHECK(py.r(diff) == kFsDummyRepr);
  CHECK(py.h(diff) == kFsDummyHash);
  CHECK(py.hash_err(py.make(py.rt.t.set)) == "TypeError: unhashable type: 'set'");
}

TEST_CASE("set methods and errors", "[containers][set]") {
  Py py;
  Value s = py.make(py.rt.t.set, {py.ints({1, 2, 3})});
  CHECK(py.r(py.m(s, "remove", {py.i(2)})) == "None");
  CHECK(py.r(py.m(s, "remove", {py.i(2)})) == "KeyError: 2");
  CHECK(py.r(py.m(s, "remove", {py.tup({py.i(1), py.i(2)})})) == "KeyError: (1, 2)");
  CHECK(py.r(py.m(s, "discard", {py.i(2)})) == "None");
  CHECK(py.r(py.m(s, "add", {py.ints({})})) == "TypeError: unhashable type: 'list'");
  CHECK(py.r(py.m(s, "add")) == "TypeError: set.add() takes exactly one argument (0 given)");
  CHECK(py.r(py.mk(s, "update", {}, {{"x", py.i(1)}})) == "TypeError: set.update() takes no keyword arguments");
  CHECK(py.r(py.mk(s, "union", {}, {{"x", py.i(1)}})) == "TypeError: set.union() takes no keyword arguments");
  CHECK(py.r(py.m(py.make(py.rt.t.set), "pop")) == "KeyError: 'pop from an empty set'");
  CHECK(py.r(py.make(py.rt.t.set, {py.i(1), py.i(2)})) == "TypeError: set expected at most 1 argument, got 2");
  CHECK(py.r(py.call_kw(py.type(py.rt.t.set), {}, {{"x", py.i(1)}})) == "TypeError: set() takes no keyword arguments");
  CHECK(py.r(py.call_kw(py.type(py.rt.t.frozenset), {}, {{"x", py.i(1)}})) ==
        "TypeError: frozenset() takes no keyword arguments");
  CHECK(py.r(py.make(py.rt.t.set, {py.i(1)})) == "TypeError: 'int' object is not iterable");
  CHECK(py.r(py.make(py.rt.t.set, {py.list({py.ints({})})})) == "TypeError: unhashable type: 'list'");
  // A set key is looked up as a frozenset.
  Value fs = py.make(py.rt.t.frozenset, {py.ints({1})});
  Value outer = py.make(py.rt.t.set, {py.list({fs})});
  CHECK(py.contains_s(outer, py.make(py.rt.t.set, {py.ints({1})})) == "True");
  CHECK(py.r(py.m(outer, "remove", {py.make(py.rt.t.set, {py.ints({1})})})) == "None");
  CHECK(py.r(py.m(outer, "add", {py.make(py.rt.t.set)})) == "TypeError: unhashable type: 'set'");
  // Operators with non-sets.
  CHECK(py.r(py.bin(s, py.ints({1}), BinOp::Or)) == "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
  CHECK(py.r(py.inp(s, py.ints({1}), BinOp::Or)) == "TypeError: unsupported operand type(s) for |=: 'set' and 'list'");
  CHECK(py.r(py.cmp(s, py.ints({1}), CmpOp::Lt)) == "TypeError: '<' not supported between instances of 'set' and 'list'");
  CHECK(py.r(py.cmp(s, py.ints({1}), CmpOp::Eq)) == "False");
  // In-place forms keep identity.
  Value t = py.make(py.rt.t.set, {py.ints({1, 2, 3, 4})});
  Value keep = t;
  CHECK(py.inp(t, py.make(py.rt.t.set, {py.ints({2, 3, 9})}), BinOp::And).is(keep));
  CHECK(py.r(t) == "{2, 3}");
  CHECK(py.inp(t, py.make(py.rt.t.set, {py.ints({5})}), BinOp::Or).is(keep));
  CHECK(py.inp(t, py.make(py.rt.t.set, {py.ints({2})}), BinOp::Sub).is(keep));
  CHECK(py.inp(t, py.make(py.rt.t.set, {py.ints({3, 7})}), BinOp::Xor).is(keep));
  CHECK(py.r(t) == "{5, 7}");
  // frozenset |= gives a new frozenset.
  Value f1 = py.make(py.rt.t.frozenset, {py.ints({1})});
  Value f2 = py.inp(f1, py.make(py.rt.t.set, {py.ints({2})}), BinOp::Or);
  CHECK(!f2.is(f1));
  CHECK(py.r(f2) == "frozenset({1, 2})");
  CHECK(py.r(py.bin(py.make(py.rt.t.set, {py.ints({2})}), f1, BinOp::Or)) == "{1, 2}");
  CHECK(py.r(py.bin(f1, py.make(py.rt.t.set, {py.ints({2})}), BinOp::Or)) == "frozenset({1, 2})");
  CHECK(py.make(py.rt.t.frozenset, {f1}).is(f1));
  CHECK(py.m(f1, "copy").is(f1));
  CHECK(py.r(py.cmp(f1, py.make(py.rt.t.set, {py.ints({1})}), CmpOp::Eq)) == "True");
  CHECK(py.h(py.make(py.rt.t.frozenset)) == py.h(py.make(py.rt.t.frozenset, {py.ints({})})));
  // Multi-argument forms.
  Value u = py.make(py.rt.t.set, {py.ints({1})});
  CHECK(py.r(py.m(u, "union", {py.ints({2}), py.tup({py.i(3)}), py.s("ab")})) == "{1, 2, 3, 'b', 'a'}");
  CHECK(py.r(py.m(u, "update", {py.ints({5}), py.ints({6})})) == "None");
  CHECK(py.r(u) == "{1, 5, 6}");
  CHECK(py.r(py.m(u, "intersection", {py.ints({1, 5}), py.ints({5})})) == "{5}");
  CHECK(py.r(py.m(u, "difference", {py.ints({1}), py.ints({6})})) == "{5}");
  CHECK(py.r(py.m(u, "intersection")) == "{1, 5, 6}");
  CHECK(py.r(py.m(u, "intersection_update", {py.ints({6, 1}), py.ints({1})})) == "None");
  CHECK(py.r(u) == "{1}");
  // Iteration errors.
  Value it = iter(py.rt, s);
  CHECK(py.m(s, "add", {py.i(100)}));
  CHECK(py.r(next(py.rt, it)) == "RuntimeError: Set changed size during iteration");
  CHECK(py.type_of(iter(py.rt, s)) == "<class 'set_iterator'>");
  // repr of subclasses and recursion.
  Value cls = make_test_class(py, "MySet", py.rt.t.set, {});
  CHECK(py.r(call(py.rt, cls, {py.ints({1})})) == "MySet({1})");
  CHECK(py.r(call(py.rt, cls, CallArgs{})) == "MySet()");
  Value fcls = make_test_class(py, "MyFrozen", py.rt.t.frozenset, {});
  CHECK(py.r(call(py.rt, fcls, {py.ints({1})})) == "MyFrozen({1})");
  CHECK(py.type_of(py.m(call(py.rt, cls, {py.ints({1})}), "copy")) == "<class 'set'>");
}

// =============================================================================================
// range and slice

TEST_CASE("range", "[containers][range]") {
  Py py;
  Value r = py.make(py.rt.t.range, {py.i(10)});
  Value r2 = py.make(py.rt.t.range, {py.i(0), py.i(10), py.i(3)});
  Value neg = py.make(py.rt.t.range, {py.i(10), py.i(-5), py.i(-4)});
  CHECK(py.r(r) == "range(0, 10)");
  CHECK(py.r(r2) == "range(0, 10, 3)");
  CHECK(py.r_list(r2) == "[0, 3, 6, 9]");
  CHECK(py.r_list(neg) == "[10, 6, 2, -2]");
  CHECK(py.len(neg) == 4);
  CHECK(py.len(py.make(py.rt.t.range, {py.i(5), py.i(1)})) == 0);
  CHECK(py.r(py.item(r2, py.i(-1))) == "9");
  CHECK(py.r(py.item(r2, py.i(4))) == "IndexError: range object index out of range");
  CHECK(py.r(py.item(r2, py.s("a"))) == "TypeError: range indices must be integers or slices, not str");
  CHECK(py.r(py.item(r, py.sl(nullptr, nullptr, py.i(-1)))) == "range(9, -1, -1)");
  CHECK(py.r(py.item(r, py.sl(py.i(2), py.i(8), py.i(3)))) == "range(2, 8, 3)");
  CHECK(py.r(py.item(neg, py.sl(py.i(1), nullptr))) == "range(6, -6, -4)");
  CHECK(py.contains_s(r2, py.i(6)) == "True");
  CHECK(py.contains_s(r2, py.i(7)) == "False");
  CHECK(py.contains_s(r2, py.f(6.0)) == "True");
  CHECK(py.contains_s(neg, py.i(-2)) == "True");
  CHECK(py.contains_s(neg, py.i(-6)) == "False");
  CHECK(py.contains_s(r2, py.s("a")) == "False");
  CHECK(py.r(py.m(r2, "index", {py.i(9)})) == "3");
  CHECK(py.r(py.m(r2, "index", {py.i(7)})) == "ValueError: 7 is not in range");
  CHECK(py.r(py.m(r2, "count", {py.i(3)})) == "1");
  CHECK(py.r_list(py.m(r2, "__reversed__")) == "[9, 6, 3, 0]");
  CHECK(py.type_of(iter(py.rt, r)) == "<class 'range_iterator'>");
  CHECK(py.r(py.cmp(py.make(py.rt.t.range, {py.i(0)}), py.make(py.rt.t.range, {py.i(5), py.i(2)}), CmpOp::Eq)) == "True");
  CHECK(py.r(py.cmp(py.item(r, py.sl(nullptr, nullptr, py.i(2))), py.make(py.rt.t.range, {py.i(0), py.i(9), py.i(2)}),
                    CmpOp::Eq)) == "True");
  CHECK(py.r(py.cmp(r, r2, CmpOp::Lt)) == "TypeError: '<' not supported between instances of 'range' and 'range'");
  CHECK(py.h(py.make(py.rt.t.range, {py.i(3)})) == -8338477496398685190LL);
  // (hash(range(0)) and hash(range(5, 6)) involve hash(None), which CPython derives from an address.)
  CHECK(py.h(py.make(py.rt.t.range, {py.i(0)})) == py.h(py.make(py.rt.t.range, {py.i(5), py.i(1)})));
  CHECK(py.h(py.make(py.rt.t.range, {py.i(5), py.i(6)})) == py.h(py.make(py.rt.t.range, {py.i(5), py.i(7), py.i(9)})));
  CHECK(py.h(py.make(py.rt.t.range, {py.i(1), py.i(9), py.i(2)})) == -6362908614013626339LL);
  CHECK(py.r(py.make(py.rt.t.range)) == "TypeError: range expected at least 1 argument, got 0");
  CHECK(py.r(py.make(py.rt.t.range, {py.i(1), py.i(2), py.i(3), py.i(4)})) ==
        "TypeError: range expected at most 3 arguments, got 4");
  CHECK(py.r(py.make(py.rt.t.range, {py.s("a")})) == "TypeError: 'str' object cannot be interpreted as an integer");
  CHECK(py.r(py.make(py.rt.t.range, {py.i(1), py.i(2), py.i(0)})) == "ValueError: range() arg 3 must not be zero");
  CHECK(py.r(py.call_kw(py.type(py.rt.t.range), {}, {{"x", py.i(1)}})) == "TypeError: range() takes no keyword arguments");
  CHECK(py.r(getattr(py.rt, r2, "step")) == "3");
  CHECK(py.r(getattr(py.rt, r2, "stop")) == "10");
}

TEST_CASE("ranges beyond int64", "[containers][range]") {
  Py py;
  auto big = [&](const char* digits) {
    BigInt b;
    BigInt::parse(digits, 10, b);
    return make_int(py.rt, std::move(b));
  };
  Value e20 = big("100000000000000000000");
  Value e19 = big("10000000000000000000");
  Value r = py.make(py.rt.t.range, {e20});
  CHECK(py.r(r) == "range(0, 100000000000000000000)");
  CHECK(py.type_of(iter(py.rt, r)) == "<class 'longrange_iterator'>");
  CHECK(py.type_of(py.m(r, "__reversed__")) == "<class 'longrange_iterator'>");
  CHECK(py.r(py.item(r, py.i(-1))) == "99999999999999999999");
  CHECK(py.r(py.item(r, py.i(5))) == "5");
  CHECK(py.r(py.item(r, e20)) == "IndexError: range object index out of range");
  CHECK(py.contains_s(r, e19) == "True");
  CHECK(py.contains_s(r, e20) == "False");
  CHECK(py.r(py.m(r, "index", {e19})) == "10000000000000000000");
  CHECK(py.r(py.m(r, "count", {e20})) == "0");
  CHECK(py.r(py.item(r, py.sl(e19, py.bin(e19, py.i(5), BinOp::Add)))) ==
        "range(10000000000000000000, 10000000000000000005)");
  CHECK(py.r(py.item(py.item(r, py.sl(nullptr, nullptr, py.i(-1))), py.sl(nullptr, py.i(3)))) ==
        "range(99999999999999999999, 99999999999999999996, -1)");
  CHECK(py.r(py.item(r, py.sl(py.i(1), nullptr, e19))) == "range(1, 100000000000000000000, 10000000000000000000)");
  CHECK(py.len(r) == -1);
  CHECK(take_error(py.rt) == "OverflowError: Python int too large to convert to C ssize_t");
  CHECK(py.h(r) == py.h(py.make(py.rt.t.range, {py.i(0), e20, py.i(1)})));
  CHECK(py.r(py.cmp(r, py.make(py.rt.t.range, {py.i(0), e20}), CmpOp::Eq)) == "True");
  CHECK(py.r(py.cmp(r, py.make(py.rt.t.range, {py.i(10)}), CmpOp::Eq)) == "False");
  CHECK(truthy(py.rt, r) == 1);
  Value it = iter(py.rt, r);
  CHECK(py.r(next(py.rt, it)) == "0");
  CHECK(py.r(next(py.rt, it)) == "1");
  CHECK(py.r(py.m(it, "__length_hint__")) == "99999999999999999998");
  // Bounds in int64 but a length that is not.
  Value p62 = big("4611686018427387904");
  Value wide = py.make(py.rt.t.range, {unary_op(py.rt, p62, UnOp::Neg), p62});
  CHECK(py.r(py.item(wide, py.i(-1))) == "4611686018427387903");
  CHECK(py.type_of(iter(py.rt, wide)) == "<class 'longrange_iterator'>");
  // Crossing 2**63 while iterating.
  Value lo = big("9223372036854775806");
  Value hi = big("9223372036854775810");
  CHECK(py.r_list(py.make(py.rt.t.range, {lo, hi})) ==
        "[9223372036854775806, 9223372036854775807, 9223372036854775808, 9223372036854775809]");
  CHECK(py.r_list(py.make(py.rt.t.reversed, {py.make(py.rt.t.range, {lo, hi})})) ==
        "[9223372036854775809, 9223372036854775808, 9223372036854775807, 9223372036854775806]");
  Value p64 = big("18446744073709551616");
  CHECK(py.r_list(py.make(py.rt.t.range, {py.i(0), p64, p62})) ==
        "[0, 4611686018427387904, 9223372036854775808, 13835058055282163712]");
  CHECK(py.r(py.item(py.make(py.rt.t.range, {p64}), big("9223372036854775808"))) == "9223372036854775808");
  CHECK(py.r(py.make(py.rt.t.range, {py.i(0), p64, py.i(0)})) == "ValueError: range() arg 3 must not be zero");
  CHECK(py.r(py.make(py.rt.t.range, {py.f(1.5)})) == "TypeError: 'float' object cannot be interpreted as an integer");
  // A fast range indexed with a huge int.
  CHECK(py.r(py.item(py.make(py.rt.t.range, {py.i(3)}), e20)) == "IndexError: range object index out of range");
}

TEST_CASE("slice objects and slice_indices", "[containers][range]") {
  Py py;
  Value s = py.make(py.rt.t.slice, {py.i(1), py.i(10), py.i(2)});
  CHECK(py.r(s) == "slice(1, 10, 2)");
  CHECK(py.r(py.make(py.rt.t.slice, {py.i(5)})) == "slice(None, 5, None)");
  CHECK(py.r(py.m(s, "indices", {py.i(5)})) == "(1, 5, 2)");
  CHECK(py.r(py.m(py.make(py.rt.t.slice, {py.none(), py.none(), py.i(-1)}), "indices", {py.i(5)})) == "(4, -1, -1)");
  CHECK(py.r(py.m(py.make(py.rt.t.slice, {py.i(-100), py.i(100)}), "indices", {py.i(7)})) == "(0, 7, 1)");
  CHECK(py.r(py.m(s, "indices", {py.i(-1)})) == "ValueError: length should not be negative");
  CHECK(py.r(py.m(s, "indices")) == "TypeError: slice.indices() takes exactly one argument (0 given)");
  CHECK(py.r(py.m(py.make(py.rt.t.slice, {py.i(1), py.i(2), py.i(0)}), "indices", {py.i(5)})) ==
        "ValueError: slice step cannot be zero");
  CHECK(py.r(py.m(py.make(py.rt.t.slice, {py.s("a"), py.i(2)}), "indices", {py.i(5)})) ==
        "TypeError: slice indices must be integers or None or have an __index__ method");
  CHECK(py.hash_err(s) == "TypeError: unhashable type: 'slice'");
  CHECK(py.r(py.cmp(py.make(py.rt.t.slice, {py.i(1), py.i(2)}), py.make(py.rt.t.slice, {py.i(1), py.i(3)}), CmpOp::Lt)) ==
        "True");
  CHECK(py.r(getattr(py.rt, s, "start")) == "1");
  CHECK(py.r(py.make(py.rt.t.slice)) == "TypeError: slice expected at least 1 argument, got 0");
  // Huge bounds are clamped.
  BigInt big;
  BigInt::parse("100000000000000000000000", 10, big);
  Value huge = make_int(py.rt, std::move(big));
  Value l = py.ints({0, 1, 2, 3});
  CHECK(py.r(py.item(l, py.sl(py.i(1), huge))) == "[1, 2, 3]");
  CHECK(py.r(py.item(l, huge)) == "IndexError: cannot fit 'int' into an index-sized integer");
  int64_t start, stop, step, n;
  REQUIRE(slice_indices(py.rt, static_cast<SliceObject*>(py.sl(py.i(-3), nullptr, py.i(-2)).obj()), 10, &start, &stop,
                        &step, &n));
  CHECK(start == 7);
  CHECK(stop == -1);
  CHECK(step == -2);
  CHECK(n == 4);
}

// =============================================================================================
// iterators

namespace {
int g_counter = 0;
Value counter_fn(Runtime&, const Value&, CallArgs) { return Value::small(++g_counter); }
Value getitem_fn(Runtime& rt, const Value&, CallArgs args) {
  int64_t i = args[args.nargs - 1].small_value();
  if (i >= 3) return rt.raise(rt.t.IndexError, "done");
  return Value::small(i * 10);
}
Value len_fn(Runtime&, const Value&, CallArgs) { return Value::small(3); }
}  // namespace

TEST_CASE("enumerate, zip, map, filter", "[containers][iter]") {
  Py py;
  Value ab = py.s("ab");
  CHECK(py.r_list(py.make(py.rt.t.enumerate, {ab})) == "[(0, 'a'), (1, 'b')]");
  CHECK(py.r_list(py.call_kw(py.type(py.rt.t.enumerate), {ab}, {{"start", py.i(5)}})) == "[(5, 'a'), (6, 'b')]");
  CHECK(py.r_list(py.make(py.rt.t.enumerate, {ab, py.i(Value::kSmallMax)})) ==
        "[(2305843009213693951, 'a'), (2305843009213693952, 'b')]");
  CHECK(py.r(py.make(py.rt.t.enumerate)) == "TypeError: enumerate() missing required argument 'iterable'");
  CHECK(py.r(py.make(py.rt.t.enumerate, {ab, py.s("x")})) == "TypeError: 'str' object cannot be interpreted as an integer");
  CHECK(py.r(py.call_kw(py.type(py.rt.t.enumerate), {ab}, {{"x", py.i(1)}})) ==
        "TypeError: 'x' is an invalid keyword argument for enumerate()");
  CHECK(py.type_of(py.make(py.rt.t.enumerate, {ab})) == "<class 'enumerate'>");
  CHECK(py.r_list(py.make(py.rt.t.zip, {py.ints({1, 2, 3}), ab})) == "[(1, 'a'), (2, 'b')]");
  CHECK(py.r_list(py.make(py.rt.t.zip)) == "[]");
  CHECK(py.r(py.make(py.rt.t.zip, {py.i(1)})) == "TypeError: 'int' object is not iterable");
  CHECK(py.r_list(py.call_kw(py.type(py.rt.t.zip), {py.ints({1, 2}), py.ints({1})}, {{"strict", py.rt.True()}})) ==
        "ValueError: zip() argument 2 is shorter than argument 1");
  CHECK(py.r_list(py.call_kw(py.type(py.rt.t.zip), {py.ints({1}), py.ints({1, 2})}, {{"strict", py.rt.True()}})) ==
        "ValueError: zip() argument 2 is longer than argument 1");
  CHECK(py.r_list(py.call_kw(py.type(py.rt.t.zip), {py.ints({1}), py.ints({1}), py.ints({})}, {{"strict", py.rt.True()}})) ==
        "ValueError: zip() argument 3 is shorter than arguments 1-2");
  CHECK(py.r_list(py.call_kw(py.type(py.rt.t.zip), {py.ints({1}), py.ints({1}), py.ints({1, 2})},
                             {{"strict", py.rt.True()}})) == "ValueError: zip() argument 3 is longer than arguments 1-2");
  CHECK(py.r_list(py.call_kw(py.type(py.rt.t.zip), {py.ints({1}), py.ints({2})}, {{"strict", py.rt.True()}})) ==
        "[(1, 2)]");
  CHECK(py.r(py.call_kw(py.type(py.rt.t.zip), {}, {{"x", py.i(1)}})) == "TypeError: 'x' is an invalid keyword argument for zip()");
  Value pow_fn = getattr(py.rt, py.type(py.rt.t.int_), "__add__");
  REQUIRE(pow_fn);
  CHECK(py.r_list(py.make(py.rt.t.map, {pow_fn, py.ints({1, 2, 3}), py.ints({10, 20})})) == "[11, 22]");
  CHECK(py.r_list(py.make(py.rt.t.map, {py.type(py.rt.t.str), py.ints({1, 2})})) == "['1', '2']");
  CHECK(py.r(py.make(py.rt.t.map, {pow_fn})) == "TypeError: map() must have at least two arguments.");
  CHECK(py.r(py.call_kw(py.type(py.rt.t.map), {pow_fn, ab}, {{"x", py.i(1)}})) == "TypeError: map() takes no keyword arguments");
  CHECK(py.r_list(py.make(py.rt.t.filter, {py.none(), py.list({py.i(0), py.i(1), py.s(""), py.s("x"), py.none()})})) ==
        "[1, 'x']");
  CHECK(py.r_list(py.make(py.rt.t.filter, {py.type(py.rt.t.bool_), py.ints({0, 3})})) == "[3]");
  CHECK(py.r_list(py.make(py.rt.t.filter, {py.type(py.rt.t.str), py.ints({0, 3})})) == "[0, 3]");
  CHECK(py.r(py.make(py.rt.t.filter, {py.none()})) == "TypeError: filter expected 2 arguments, got 1");
}

TEST_CASE("reversed, iter(callable, sentinel), sequence iterators", "[containers][iter]") {
  Py py;
  CHECK(py.r_list(py.make(py.rt.t.reversed, {py.tup({py.i(1), py.i(2), py.i(3)})})) == "[3, 2, 1]");
  CHECK(py.type_of(py.make(py.rt.t.reversed, {py.tup({})})) == "<class 'reversed'>");
  CHECK(py.type_of(py.make(py.rt.t.reversed, {py.ints({1})})) == "<class 'list_reverseiterator'>");
  CHECK(py.type_of(py.make(py.rt.t.reversed, {py.make(py.rt.t.range, {py.i(3)})})) == "<class 'range_iterator'>");
  CHECK(py.r_list(py.make(py.rt.t.reversed, {py.make(py.rt.t.range, {py.i(3)})})) == "[2, 1, 0]");
  CHECK(py.r(py.make(py.rt.t.reversed, {py.i(1)})) == "TypeError: 'int' object is not reversible");
  CHECK(py.r(py.make(py.rt.t.reversed, {py.none()})) == "TypeError: 'NoneType' object is not reversible");
  CHECK(py.r(py.make(py.rt.t.reversed, {py.make(py.rt.t.set)})) == "TypeError: 'set' object is not reversible");
  CHECK(py.r(py.make(py.rt.t.reversed)) == "TypeError: reversed expected 1 argument, got 0");
  Value d = py.make(py.rt.t.dict, {py.list({py.tup({py.i(1), py.i(2)}), py.tup({py.i(3), py.i(4)})})});
  CHECK(py.r_list(py.make(py.rt.t.reversed, {d})) == "[3, 1]");
  CHECK(py.r_list(py.make(py.rt.t.reversed, {py.m(d, "items")})) == "[(3, 4), (1, 2)]");
  // iter(callable, sentinel)
  g_counter = 0;
  Value fn = native(py.rt, "counter", counter_fn);
  Value ci = make_callable_iterator(py.rt, fn, py.i(4));
  CHECK(py.type_of(ci) == "<class 'callable_iterator'>");
  CHECK(py.r_list(ci) == "[1, 2, 3]");
  CHECK(!next(py.rt, ci));
  // A class with __getitem__ (and __len__) only.
  Value cls = make_test_class(py, "Seq", py.rt.t.object,
                              {{"__getitem__", native(py.rt, "__getitem__", getitem_fn)}, {"__len__", native(py.rt, "__len__", len_fn)}});
  REQUIRE(cls);
  Value seq = call(py.rt, cls, CallArgs{});
  Value it = iter(py.rt, seq);
  CHECK(py.type_of(it) == "<class 'iterator'>");
  CHECK(py.r_list(it) == "[0, 10, 20]");
  CHECK(py.r_list(py.make(py.rt.t.reversed, {seq})) == "[20, 10, 0]");
  CHECK(py.contains_s(seq, py.i(10)) == "True");
}

// =============================================================================================
// bytes / bytearray

TEST_CASE("bytes repr, indexing, operators", "[containers][bytes]") {
  Py py;
  CHECK(py.r(py.b("\x00\xff\t\n\\'", 6)) == "b\"\\x00\\xff\\t\\n\\\\'\"");
  CHECK(py.r(py.b("it's")) == "b\"it's\"");
  CHECK(py.r(py.b("\"'")) == "b'\"\\''");
  CHECK(py.r(py.b("abc\r")) == "b'abc\\r'");
  CHECK(py.r(py.b("")) == "b''");
  Value abc = py.b("abc");
  CHECK(py.len(abc) == 3);
  CHECK(py.r(py.item(abc, py.i(1))) == "98");
  CHECK(py.r(py.item(abc, py.i(-1))) == "99");
  CHECK(py.r(py.item(abc, py.i(5))) == "IndexError: index out of range");
  CHECK(py.r(py.item(abc, py.s("x"))) == "TypeError: byte indices must be integers or slices, not str");
  CHECK(py.r(py.item(abc, py.sl(nullptr, nullptr, py.i(-1)))) == "b'cba'");
  CHECK(py.r(py.bin(abc, py.b("d"), BinOp::Add)) == "b'abcd'");
  CHECK(py.r(py.bin(abc, py.s("d"), BinOp::Add)) == "TypeError: can't concat str to bytes");
  CHECK(py.r(py.bin(abc, py.i(2), BinOp::Mul)) == "b'abcabc'");
  CHECK(py.r(py.bin(py.i(0), abc, BinOp::Mul)) == "b''");
  CHECK(py.r(py.cmp(py.b("ab"), py.b("b"), CmpOp::Lt)) == "True");
  CHECK(py.r(py.cmp(py.b("a"), py.s("a"), CmpOp::Eq)) == "False");
  CHECK(py.r(py.cmp(py.b("a"), py.s("b"), CmpOp::Lt)) == "TypeError: '<' not supported between instances of 'bytes' and 'str'");
  CHECK(py.h(abc) == py.h(py.s("abc")));
  CHECK(py.h(py.b("\xe9t\xe9")) == py.h(py.s("\xc3\xa9t\xc3\xa9")));
  CHECK(py.h(py.b("")) == 0);
  CHECK(py.contains_s(abc, py.b("bc")) == "True");
  CHECK(py.contains_s(abc, py.i(97)) == "True");
  CHECK(py.contains_s(abc, py.i(300)) == "ValueError: byte must be in range(0, 256)");
  CHECK(py.contains_s(abc, py.s("a")) == "TypeError: a bytes-like object is required, not 'str'");
  CHECK(py.r_list(py.b("ab")) == "[97, 98]");
  CHECK(py.type_of(iter(py.rt, abc)) == "<class 'bytes_iterator'>");
  CHECK(py.type_of(iter(py.rt, py.make(py.rt.t.bytearray))) == "<class 'bytearray_iterator'>");
}

TEST_CASE("bytes constructors and methods", "[containers][bytes]") {
  Py py;
  CHECK(py.r(py.make(py.rt.t.bytes, {py.i(3)})) == "b'\\x00\\x00\\x00'");
  CHECK(py.r(py.make(py.rt.t.bytes, {py.i(-1)})) == "ValueError: negative count");
  CHECK(py.r(py.make(py.rt.t.bytes, {py.s("a")})) == "TypeError: string argument without an encoding");
  CHECK(py.r(py.make(py.rt.t.bytes, {py.i(1), py.s("x")})) == "TypeError: encoding without a string argument");
  CHECK(py.r(py.make(py.rt.t.bytes, {py.ints({256})})) == "ValueError: bytes must be in range(0, 256)");
  CHECK(py.r(py.make(py.rt.t.bytes, {py.list({py.s("a")})})) == "TypeError: 'str' object cannot be interpreted as an integer");
  CHECK(py.r(py.make(py.rt.t.bytes, {py.ints({104, 105})})) == "b'hi'");
  CHECK(py.r(py.make(py.rt.t.bytes, {py.s("\xc3\xa9"), py.s("utf-8")})) == "b'\\xc3\\xa9'");
  CHECK(py.r(py.make(py.rt.t.bytes, {py.s("\xc3\xa9"), py.s("latin-1")})) == "b'\\xe9'");
  CHECK(py.r(py.make(py.rt.t.bytes, {py.i(1), py.i(2), py.i(3), py.i(4)})) == "TypeError: bytes() takes at most 3 arguments (4 given)");
  CHECK(py.r(py.call_kw(py.type(py.rt.t.bytes), {}, {{"x", py.i(1)}})) == "TypeError: 'x' is an invalid keyword argument for bytes()");
  CHECK(py.r(py.call_kw(py.type(py.rt.t.bytes), {}, {{"source", py.i(1)}})) == "b'\\x00'");
  CHECK(py.r(py.m(py.b("h\xc3\xa9"), "decode")) == "'h\xc3\xa9'");
  CHECK(py.r(py.m(py.b("abc"), "hex")) == "'616263'");
  CHECK(py.r(py.m(py.b("\x01\xff"), "hex", {py.s(":")})) == "'01:ff'");
  CHECK(py.r(py.m(py.type(py.rt.t.bytes), "fromhex", {py.s("de ad")})) == "b'\\xde\\xad'");
  CHECK(py.r(py.m(py.type(py.rt.t.bytes), "fromhex", {py.s("zz")})) ==
        "ValueError: non-hexadecimal number found in fromhex() arg at position 0");
  CHECK(py.r(py.m(py.type(py.rt.t.bytes), "fromhex", {py.i(1)})) == "TypeError: fromhex() argument must be str, not int");
  CHECK(py.r(py.m(py.b("."), "join", {py.list({py.b("a"), py.make(py.rt.t.bytearray, {py.b("b")})})})) == "b'a.b'");
  CHECK(py.r(py.m(py.b("."), "join", {py.ints({1})})) ==
        "TypeError: sequence item 0: expected a bytes-like object, int found");
  CHECK(py.r(py.m(py.b("a,b"), "split", {py.b(",")})) == "[b'a', b'b']");
  CHECK(py.r(py.m(py.b(" a b "), "split")) == "[b'a', b'b']");
  CHECK(py.r(py.m(py.b("a b c"), "rsplit", {py.none(), py.i(1)})) == "[b'a b', b'c']");
  CHECK(py.r(py.m(py.b("abc"), "split", {py.b("")})) == "ValueError: empty separator");
  CHECK(py.r(py.m(py.b("  x "), "strip")) == "b'x'");
  CHECK(py.r(py.m(py.b("xxaxx"), "lstrip", {py.b("x")})) == "b'axx'");
  CHECK(py.r(py.m(py.b("ab"), "strip", {py.s("a")})) == "TypeError: a bytes-like object is required, not 'str'");
  CHECK(py.r(py.m(py.b("abc"), "find", {py.b("c")})) == "2");
  CHECK(py.r(py.m(py.b("abc"), "find", {py.i(98)})) == "1");
  CHECK(py.r(py.m(py.b("abc"), "find", {py.s("a")})) ==
        "TypeError: argument should be integer or bytes-like object, not 'str'");
  CHECK(py.r(py.m(py.b("abc"), "index", {py.b("z")})) == "ValueError: subsection not found");
  CHECK(py.r(py.m(py.b("abcabc"), "count", {py.b("b")})) == "2");
  CHECK(py.r(py.m(py.b("abcabc"), "replace", {py.b("b"), py.b("X")})) == "b'aXcaXc'");
  CHECK(py.r(py.m(py.b("abc"), "startswith", {py.tup({py.b("x"), py.b("a")})})) == "True");
  CHECK(py.r(py.m(py.b("abc"), "endswith", {py.b("bc")})) == "True");
  CHECK(py.r(py.m(py.b("abc"), "startswith", {py.s("a")})) ==
        "TypeError: startswith first arg must be bytes or a tuple of bytes, not str");
  CHECK(py.r(py.m(py.b("AbC"), "upper")) == "b'ABC'");
}

TEST_CASE("bytes % formatting", "[containers][bytes]") {
  Py py;
  auto fmt = [&](const char* f, Value args) { return py.r(py.bin(py.b(f), args, BinOp::Mod)); };
  CHECK(fmt("%d-%s", py.tup({py.i(5), py.b("x")})) == "b'5-x'");
  CHECK(fmt("%s", py.i(1)) ==
        "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'");
  CHECK(fmt("%d %d", py.tup({py.i(1)})) == "TypeError: not enough arguments for format string");
  CHECK(fmt("%d", py.tup({py.i(1), py.i(2)})) == "TypeError: not all arguments converted during bytes formatting");
  CHECK(fmt("%q", py.i(1)) == "ValueError: unsupported format character 'q' (0x71) at index 1");
  CHECK(fmt("%", py.i(1)) == "ValueError: incomplete format");
  CHECK(fmt("%c", py.i(300)) == "OverflowError: %c arg not in range(256)");
  CHECK(fmt("%c", py.s("a")) == "TypeError: %c requires an integer in range(256) or a single byte");
  CHECK(fmt("%c%c", py.tup({py.i(97), py.b("b")})) == "b'ab'");
  CHECK(fmt("%5s|%-5s|%.2s", py.tup({py.b("ab"), py.b("cd"), py.b("xyz")})) == "b'   ab|cd   |xy'");
  CHECK(fmt("%r %a", py.tup({py.s("\xc3\xa9"), py.b("x")})) == "b\"'\\\\xe9' b'x'\"");
  Value m = py.make(py.rt.t.dict);
  setitem(py.rt, m, py.b("a"), py.b("x"));
  setitem(py.rt, m, py.b("b"), py.i(3));
  CHECK(fmt("%(a)s-%(b)d", m) == "b'x-3'");
  CHECK(fmt("%(a)s", py.tup({py.i(1)})) == "TypeError: format requires a mapping");
  CHECK(fmt("%*d|%-*d", py.tup({py.i(5), py.i(42), py.i(4), py.i(7)})) == "b'   42|7   '");
  CHECK(fmt("%%", py.tup({})) == "b'%'");
  CHECK(fmt("x", py.i(5)) == "TypeError: not all arguments converted during bytes formatting");
  CHECK(fmt("%s %s", py.b("ab")) == "TypeError: not enough arguments for format string");
  CHECK(py.r(py.bin(py.make(py.rt.t.bytearray, {py.b("%d")}), py.i(5), BinOp::Mod)) == "bytearray(b'5')");
}

TEST_CASE("bytearray", "[containers][bytes]") {
  Py py;
  Value b = py.make(py.rt.t.bytearray, {py.b("ab")});
  CHECK(py.r(b) == "bytearray(b'ab')");
  CHECK(py.r(py.make(py.rt.t.bytearray)) == "bytearray(b'')");
  CHECK(py.r(py.make(py.rt.t.bytearray, {py.i(2)})) == "bytearray(b'\\x00\\x00')");
  CHECK(py.inp(b, py.b("cd"), BinOp::Add).is(b));
  CHECK(py.r(py.m(b, "extend", {py.ints({1, 2})})) == "None");
  CHECK(py.r(b) == "bytearray(b'abcd\\x01\\x02')");
  CHECK(py.r(py.m(b, "pop")) == "2");
  CHECK(py.r(py.m(b, "append", {py.i(300)})) == "ValueError: byte must be in range(0, 256)");
  CHECK(py.r(py.m(b, "extend", {py.i(1)})) == "TypeError: can't extend bytearray with int");
  CHECK(py.r(py.m(py.make(py.rt.t.bytearray), "pop")) == "IndexError: pop from empty bytearray");
  CHECK(setitem(py.rt, b, py.i(0), py.i(65)));
  CHECK(py.r(b) == "bytearray(b'Abcd\\x01')");
  CHECK(delitem(py.rt, b, py.i(0)));
  CHECK(setitem(py.rt, b, py.sl(py.i(0), py.i(2)), py.b("xyz")));
  CHECK(py.r(b) == "bytearray(b'xyzd\\x01')");
  CHECK(py.err(setitem(py.rt, b, py.i(0), py.i(256))) == "ValueError: byte must be in range(0, 256)");
  CHECK(py.err(setitem(py.rt, py.b("a"), py.i(0), py.i(1))) == "TypeError: 'bytes' object does not support item assignment");
  CHECK(py.r(py.item(b, py.i(9))) == "IndexError: bytearray index out of range");
  CHECK(py.r(py.item(b, py.sl(nullptr, nullptr, py.i(2)))) == "bytearray(b'xz\\x01')");
  CHECK(py.r(py.bin(b, py.i(1), BinOp::Add)) == "TypeError: can't concat int to bytearray");
  CHECK(py.r(py.bin(py.b("a"), py.make(py.rt.t.bytearray, {py.b("b")}), BinOp::Add)) == "b'ab'");
  CHECK(py.r(py.bin(py.make(py.rt.t.bytearray, {py.b("a")}), py.b("b"), BinOp::Add)) == "bytearray(b'ab')");
  CHECK(py.r(py.cmp(py.b("ab"), py.make(py.rt.t.bytearray, {py.b("ab")}), CmpOp::Eq)) == "True");
  CHECK(py.hash_err(b) == "TypeError: unhashable type: 'bytearray'");
  CHECK(py.r(py.m(b, "decode")) == "'xyzd\\x01'");
  CHECK(py.r(py.make(py.rt.t.bytes, {b})) == "b'xyzd\\x01'");
  CHECK(py.r(py.make(py.rt.t.bytearray, {py.s("\xc3\xa9"), py.s("utf-8")})) == "bytearray(b'\\xc3\\xa9')");
}

// =============================================================================================
// garbage: cycles through containers are collected

TEST_CASE("containers take part in cycle collection", "[containers][gc]") {
  Py py;
  size_t before = py.rt.heap.gc_tracked;
  {
    Value l = py.ints({1});
    list_append(py.rt, as_list(l), l);
    Value d = py.make(py.rt.t.dict);
    setitem(py.rt, d, py.i(1), d);
    setitem(py.rt, d, py.i(2), l);
    Value s = py.make(py.rt.t.set, {py.list({py.tup({py.i(1)})})});
    list_append(py.rt, as_list(l), s);
    Value k = py.m(d, "keys");
    setitem(py.rt, d, py.i(3), k);
  }
  gc_collect(py.rt);
  CHECK(py.rt.heap.gc_tracked <= before);
}

// Reference counting: a workload repeated over the same runtime must not grow the heap (every
// temporary container, buffer and error is released).
static void container_workload(Py& py) {
  Value l = py.ints({5, 3, 1});
  for (int i = 0; i < 200; ++i) list_append(py.rt, as_list(l), py.i(i * 7919 % 1000));
  py.m(l, "sort");
  py.mk(l, "sort", {}, {{"key", getattr(py.rt, py.type(py.rt.t.int_), "__neg__")}, {"reverse", py.rt.True()}});
  setitem(py.rt, l, py.sl(py.i(1), py.i(50), py.i(3)), py.bin(py.ints({0}), py.i(17), BinOp::Mul));
  delitem(py.rt, l, py.sl(nullptr, nullptr, py.i(4)));
  py.r(l);
  py.r(py.m(l, "index", {py.i(-99)}));
  py.r(py.item(l, py.i(10000)));
  Value d = py.make(py.rt.t.dict);
  for (int i = 0; i < 300; ++i) setitem(py.rt, d, py.i(i), py.tup({py.i(i), py.s("v")}));
  for (int i = 0; i < 300; i += 3) delitem(py.rt, d, py.i(i));
  py.r(py.bin(py.m(d, "keys"), py.make(py.rt.t.set, {py.ints({1, 2, 3, 4})}), BinOp::And));
  py.r(py.bin(py.m(d, "items"), py.m(py.m(d, "copy"), "items"), BinOp::Xor));
  py.r_list(py.m(d, "values"));
  py.r(py.item(d, py.s("missing")));
  py.r(py.m(d, "popitem"));
  Value s = py.make(py.rt.t.set, {py.m(d, "keys")});
  py.r(py.bin(s, py.make(py.rt.t.frozenset, {py.make(py.rt.t.range, {py.i(0), py.i(400), py.i(7)})}), BinOp::Xor));
  py.m(s, "difference_update", {py.make(py.rt.t.range, {py.i(100)})});
  py.m(s, "pop");
  py.r(py.m(s, "remove", {py.s("nope")}));
  py.h(py.make(py.rt.t.frozenset, {s}));
  py.h(py.tup({py.i(1), py.s("x"), py.tup({py.f(2.5)})}));
  py.r_list(py.make(py.rt.t.zip, {l, py.s("abcdef"), py.make(py.rt.t.enumerate, {s})}));
  py.r_list(py.make(py.rt.t.reversed, {py.tup({py.i(1), py.i(2)})}));
  py.r_list(py.call_kw(py.type(py.rt.t.zip), {py.ints({1}), py.ints({})}, {{"strict", py.rt.True()}}));
  Value ba = py.make(py.rt.t.bytearray, {py.b("hello world")});
  py.m(ba, "extend", {py.b("!!")});
  py.r(py.m(py.m(ba, "split"), "__len__"));
  py.r(py.m(py.b("a,b,c"), "split", {py.b(",")}));
  // A cycle, left to the collector.
  Value cyc = py.ints({1});
  list_append(py.rt, as_list(cyc), cyc);
  py.rt.clear_error();
}

TEST_CASE("container operations release what they allocate", "[containers][refcount]") {
  Py py;
  container_workload(py);
  gc_collect(py.rt);
  size_t after_first = py.rt.heap.in_use;
  for (int i = 0; i < 3; ++i) container_workload(py);
  gc_collect(py.rt);
  CHECK(py.rt.heap.in_use == after_first);
}
