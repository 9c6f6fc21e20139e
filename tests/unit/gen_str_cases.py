#!/usr/bin/env python3
"""Generates tests/unit/str_cases.inc: calls on str values with the results CPython 3.11 gives.

Each case is (receiver, operation, args, kwargs); the operation is a method name or one of the
operators below. The expected text is repr(result), or "ExcType: message" when CPython raises.

Usage: PYTHONHASHSEED=0 python3 tests/unit/gen_str_cases.py > tests/unit/str_cases.inc
"""
import math
import os
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"

OPS = {
    "+": lambda a, b: a + b,
    "*": lambda a, b: a * b,
    "r*": lambda a, b: b * a,
    "%": lambda a, b: a % b,
    "[]": lambda a, b: a[b],
    "in": lambda a, b: b in a,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "hash": lambda a: hash(a),
    "len": lambda a: len(a),
    "repr": lambda a: repr(a),
    "ascii": lambda a: ascii(a),
    "str": lambda a: str(a),
    "format()": lambda a, b: format(a, b),
    "iter": lambda a: list(iter(a)),
    "str()": lambda *a, **k: str(*a, **k),
}

C = []


def case(recv, op, *args, **kwargs):
    C.append((recv, op, args, kwargs))


def m(recv, op, *args, **kwargs):
    case(recv, op, *args, **kwargs)


# --- construction, repr, hash, len -------------------------------------------------------------
for s in ["", "a", "abc", "hello world", "é", "€", "😀", "naïve café", "a\x00b", "\x7f\x80\x9f\xa0\xad",
          "tab\there", "new\nline\r", "quote'", 'dq"', "both'\"", "back\\slash", "\u0378\u2028\u2029",
          "\ud800", "\udcff\U000e0000", "\U0010ffff", "\u00ff\u0100", "\ufeff", "\u200b\u3000 ",
          "x" * 40, "ÿ" * 9, "€" * 17, "😀" * 5]:
    case(s, "repr")
    case(s, "hash")
    case(s, "len")
for s in ["é", "€ x", "😀\n", "plain"]:
    case(s, "ascii")
case("abc", "str")
case(None, "str()")
case(None, "str()", 5)
case(None, "str()", -12345678901234567890123)
case(None, "str()", 1.5)
case(None, "str()", None)
case(None, "str()", [1, "a"])
case(None, "str()", b"abc")
case(None, "str()", b"abc", "ascii")
case(None, "str()", b"caf\xc3\xa9", "utf-8")
case(None, "str()", b"caf\xc3\xa9", "UTF8")
case(None, "str()", b"caf\xe9", "latin-1")
case(None, "str()", b"caf\xe9", "Latin_1")
case(None, "str()", b"caf\xe9", "iso-8859-1")
case(None, "str()", b"\xff", "utf-8")
case(None, "str()", b"a\xe2\x82", "utf-8")
case(None, "str()", b"a\xe2\x82x", "utf-8")
case(None, "str()", b"\xed\xa0\x80", "utf-8")
case(None, "str()", b"\xf4\x90\x80\x80", "utf-8")
case(None, "str()", b"\xc0\x80", "utf-8")
case(None, "str()", b"\xf0\x9f\x98", "utf-8")
case(None, "str()", b"\xf0\x9f\x98\x80", "utf-8")
case(None, "str()", b"\xffa\xfe", "utf-8", "ignore")
case(None, "str()", b"\xffa\xe2\x82", "utf-8", "replace")
case(None, "str()", b"\xffa", "utf-8", "backslashreplace")
case(None, "str()", b"\xffa", "utf-8", "surrogateescape")
case(None, "str()", b"\xed\xa0\x80", "utf-8", "surrogatepass")
case(None, "str()", b"\xff\xfe", "ascii")
case(None, "str()", b"\xff\x41", "ascii", "replace")
case(None, "str()", b"\xff", "ascii", "bogus")
case(None, "str()", b"abc", "nope")
case(None, "str()", b"abc", 1)
case(None, "str()", b"abc", "ascii", 1)
case(None, "str()", 1, "utf-8")
case(None, "str()", "abc", "utf-8")
case(None, "str()", 1, 2, 3, 4)
case(None, "str()", x=1)
case(None, "str()", object=5)
case(None, "str()", encoding="ascii")
case(None, "str()", b"a", errors="strict")

# --- indexing, slicing, iteration ----------------------------------------------------------------
for s in ["hello", "héllo wörld", "😀a€b"]:
    for k in [0, 1, -1, -2, 4, 5, -6, 100, True, slice(None), slice(1, 3), slice(None, None, -1),
              slice(1, None, 2), slice(-3, None), slice(None, -1), slice(5, 1, -2), slice(100, 200),
              slice(3, 1), slice(None, None, 3), slice(-100, 100, 4)]:
        case(s, "[]", k)
    case(s, "iter")
case("abc", "[]", "x")
case("abc", "[]", 1.5)
case("abc", "[]", None)
case("abc", "[]", 2 ** 100)
case("abc", "[]", slice(None, None, 0))
case("abc", "[]", slice("a", None))

# --- operators -------------------------------------------------------------------------------
case("ab", "+", "cd")
case("", "+", "")
case("é", "+", "€")
case("ab", "+", 1)
case("ab", "*", 3)
case("ab", "*", 0)
case("ab", "*", -5)
case("ab", "*", True)
case("é€", "*", 4)
case("ab", "r*", 2)
case("ab", "*", "x")
case("ab", "*", 2.0)
case("ab", "*", 2 ** 100)
case("ab", "*", -(2 ** 100))
case("ab", "*", 2 ** 62)
for a, b in [("a", "b"), ("b", "a"), ("a", "a"), ("a", "ab"), ("", "a"), ("é", "z"), ("€", "é"),
             ("😀", "\uffff"), ("abc", "abd"), ("Z", "a")]:
    for op in ["<", "<=", "==", "!=", ">", ">="]:
        case(a, op, b)
case("a", "<", 1)
case("a", "==", 1)
case("a", "!=", None)
case("abc", "in", "b")
case("abc", "in", "")
case("abc", "in", "abcd")
case("héllo", "in", "éll")
case("abc", "in", 1)

# --- searching -------------------------------------------------------------------------------
for meth in ["find", "rfind", "index", "rindex", "count"]:
    for s, args in [("hello world", ("o",)), ("hello world", ("o", 5)), ("hello world", ("o", 5, 7)),
                    ("hello world", ("x",)), ("hello", ("",)), ("hello", ("", 5)), ("hello", ("", 6)),
                    ("hello", ("l", -3)), ("hello", ("l", -100, 100)), ("héllo wörld", ("ö",)),
                    ("héllo wörld", ("l", 3)), ("€€€", ("€", 1)), ("aaaa", ("aa",)),
                    ("abc", ("", 1, 2)), ("abc", ("", 4)), ("abc", ("a", None, None)),
                    ("abc", ("c", 2 ** 100)), ("abc", ("a", -(2 ** 100))), ("abc", (1,)),
                    ("abc", ("a", "x")), ("abc", ("a", 1.5)), ("abc", ()), ("abc", ("a", 1, 2, 3))]:
        case(s, meth, *args)
case("abc", "find", sub="a")
for meth in ["startswith", "endswith"]:
    for s, args in [("hello", ("he",)), ("hello", ("lo",)), ("hello", ("",)), ("hello", ("", 5)),
                    ("hello", ("", 6)), ("hello", (("x", "he"),)), ("hello", (("x", "lo"),)),
                    ("hello", ("ll", 2)), ("hello", ("ll", 2, 4)), ("hello", ("el", -4, -2)),
                    ("héllo", ("hé",)), ("héllo", ("llo",)), ("héllo", ("é", 1, 2)),
                    ("abc", ("", 3, 2)), ("abc", (1,)), ("abc", ((1,),)), ("abc", ()), ("abc", ((),))]:
        case(s, meth, *args)

# --- splitting and joining ----------------------------------------------------------------------
for s in ["a b  c", "  a b  c  ", "", "   ", "abc", "a\tb\nc\x0bd\x0ce\x1cf\x85g\u2028h\u3000i",
          "a,b,,c,", ",", "héllo wörld ünï"]:
    case(s, "split")
    case(s, "rsplit")
    case(s, "split", None, 1)
    case(s, "rsplit", None, 1)
    case(s, "split", ",")
    case(s, "rsplit", ",")
    case(s, "split", ",", 2)
    case(s, "rsplit", ",", 2)
    case(s, "split", maxsplit=0)
    case(s, "splitlines")
    case(s, "splitlines", True)
case("a--b--c", "split", "--")
case("a--b--c", "rsplit", "--", 1)
case("a€b€c", "split", "€")
case("a€b€c", "rsplit", "€", 1)
case("aaa", "split", "a")
case("aaa", "rsplit", "aa")
case("abc", "split", "")
case("abc", "split", 1)
case("abc", "split", None, "x")
case("abc", "split", None, 1.5)
case("abc", "split", x=1)
case("abc", "split", "a", 1, 2)
case("abc", "split", "b", sep="b")
case("abc", "split", maxsplit=2 ** 100)
case("abc", "rsplit", sep="b", maxsplit=1)
for s in ["a\nb\r\nc\rd", "a\nb\n", "\n\n", "x\r", "\r\n", "a\x1db\x1ec\x85d\u2029e", "no breaks"]:
    case(s, "splitlines")
    case(s, "splitlines", True)
    case(s, "splitlines", keepends=True)
case("a", "splitlines", 1.5)
case("a", "splitlines", x=1)
case("a", "splitlines", 1, 2)
for s, sep in [("a.b.c", "."), ("abc", "x"), ("a€b€c", "€"), ("abc", ""), ("abc", 1), ("..", ".")]:
    case(s, "partition", sep)
    case(s, "rpartition", sep)
case("abc", "partition")
case("abc", "partition", sep="a")
for sep, items in [(" ", ["a", "b", "c"]), ("", ["a", "b"]), (", ", []), (", ", ["x"]), ("€", ["a", "é", "😀"]),
                   ("-", ("a", "b")), ("-", "abc"), ("-", ["a", 1]), ("-", [1]), ("-", 5), ("-", None),
                   ("", ["", ""]), ("x", ["", ""]), ("-", {"a": 1, "b": 2})]:
    case(sep, "join", items)
case("-", "join")
case("-", "join", iterable=[])

# --- stripping, affixes, replace -----------------------------------------------------------------
for s in ["  hi  ", "\t\n hi \x0b\x1f", "xxhixx", "", "   ", "\u3000\xa0hi\u2003", "éhié"]:
    for meth in ["strip", "lstrip", "rstrip"]:
        case(s, meth)
        case(s, meth, None)
        case(s, meth, "x")
        case(s, meth, "éx ")
case("abc", "strip", 1)
case("abc", "strip", "a", "b")
case("abc", "strip", chars="a")
for s, a in [("abcabc", "ab"), ("abc", ""), ("abc", "abcd"), ("éa", "é"), ("abc", 1)]:
    case(s, "removeprefix", a)
    case(s, "removesuffix", a)
case("abc", "removeprefix")
for s, args in [("aaa", ("a", "b")), ("aaa", ("a", "bb", 2)), ("aaa", ("a", "", 1)), ("abc", ("", "-")),
                ("abc", ("", "-", 2)), ("abc", ("", "-", 0)), ("", ("", "x")), ("", ("", "x", 0)),
                ("abc", ("x", "y")), ("héllo", ("l", "€")), ("a€b€", ("€", "e")), ("abc", ("abc", "")),
                ("abab", ("ab", "ba", -1)), ("abc", ("b", "b")), ("abc", ("a",)), ("abc", (1, "b")),
                ("abc", ("a", 1)), ("abc", ("a", "b", "c")), ("aé", ("é", "e"))]:
    case(s, "replace", *args)
case("abc", "replace", "a", "b", count=1)

# --- case mapping and predicates ----------------------------------------------------------------
words = ["hello world", "HELLO World", "", "they're bill's friends", "ǆungla ǅ", "ß straße", "ﬁsh ﬃ",
         "ΑΣ ΑΣΑ Σ ΣΑ", "x\u0345Σ", "İstanbul", "ŉ ΐ", "1a2b", "a1B2", "Ǆ", "hello\u0301world",
         "ΌΣΟΣ", "αΣ", "ΑΣ'", "ᾳ ᾼ"]
for s in words:
    for meth in ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]:
        case(s, meth)
for s in ["", "abc", "ABC", "Abc", "aBc", "123", "abc123", "a b", " ", "\t\n", "\u00b2", "\u2155", "٣",
          "é", "Ǆ", "ǅ", "ǆ", "Hello World", "Hello world", "HeLLo", "_id", "1id", "éa", "a-b", "\u0378",
          "\x00", "\x7f", "a\u0300", "Ⅻ", "Ab Cd", "A1 B2", "ǅa", "Aǅ", "$", "a\u200bb", "ꞵ"]:
    for meth in ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "islower",
                 "isupper", "istitle", "isprintable", "isidentifier", "isascii"]:
        case(s, meth)
case("abc", "upper", 1)
case("abc", "isalpha", 1)
case("abc", "lower", x=1)

# --- padding ---------------------------------------------------------------------------------
for s in ["abc", "ab", "", "é€"]:
    for w in [0, 2, 5, 6, 7]:
        case(s, "center", w)
        case(s, "ljust", w)
        case(s, "rjust", w)
        case(s, "zfill", w)
    case(s, "center", 8, "*")
    case(s, "ljust", 8, "€")
    case(s, "rjust", 8, "😀")
for s in ["-42", "+42", "42", "-", "+", "", "a-1"]:
    case(s, "zfill", 6)
case("a", "center")
case("a", "center", "x")
case("a", "center", 5, "xx")
case("a", "center", 5, 1)
case("a", "center", 5, "")
case("a", "center", 2 ** 100)
case("a", "center", 1.5)
case("a", "ljust", 1, 2, 3)
case("a", "zfill")
case("a", "zfill", "a")
case("a", "rjust", width=3)
for s in ["a\tb", "\t", "ab\tcd\te", "a\tb\nc\td", "a\r\tb", "é\tx", "no tabs", "12345678\tx"]:
    case(s, "expandtabs")
    case(s, "expandtabs", 4)
    case(s, "expandtabs", 0)
    case(s, "expandtabs", -1)
    case(s, "expandtabs", tabsize=3)
case("a", "expandtabs", "x")
case("a", "expandtabs", 1, 2)

# --- translate / maketrans -----------------------------------------------------------------------
case("abc", "translate", {97: "xyz", 98: None})
case("abc", "translate", {97: 65, 99: "€"})
case("héllo", "translate", {ord("é"): "e", ord("l"): None})
case("abc", "translate", {97: 0x110000})
case("abc", "translate", {97: -1})
case("abc", "translate", {97: 1.5})
case("abc", "translate", [None, "x"] * 50)
case("abc", "translate", 1)
case("abc", "translate", "xyz")
case("abc", "translate")
case(None, "maketrans", "ab", "xy")
case(None, "maketrans", "ab", "xy", "c")
case(None, "maketrans", {"a": "b", 98: None, "€": 1})
case(None, "maketrans", {"ab": 1})
case(None, "maketrans", {1.5: 1})
case(None, "maketrans", 1)
case(None, "maketrans", "ab", "c")
case(None, "maketrans", "ab", 1)
case(None, "maketrans", 1, "a")
case(None, "maketrans", "a", "b", 1)
case(None, "maketrans")
case(None, "maketrans", 1, 2, 3, 4)

# --- encode ----------------------------------------------------------------------------------
for s in ["abc", "café", "€uro", "😀", "a\ud800b", "\udcff\udc80x", "\ud800\udc00"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                       "surrogateescape", "surrogatepass"]:
            case(s, "encode", enc, errors)
case("abc", "encode")
case("é", "encode")
case("é", "encode", "UTF-8")
case("é", "encode", "utf8")
case("é", "encode", "Latin1")
case("é", "encode", "US-ASCII")
case("é", "encode", "foo")
case("é", "encode", 1)
case("é", "encode", "ascii", "foo")
case("a", "encode", "ascii", "foo")
case("é", "encode", errors="replace", encoding="ascii")
case("é", "encode", x=1)
case("é", "encode", "a", "b", "c")
case("é", "encode", encoding="ascii", errors=1)

# --- str.format ------------------------------------------------------------------------------
fmt_cases = [
    ("{} {}", (1, "a"), {}), ("{0}{1}{0}", ("a", "b"), {}), ("{a}-{b}", (), {"a": 1, "b": "x"}),
    ("{{}}{}{{", (1,), {}), ("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}),
    ("{}", (), {}), ("{1}", (1,), {}), ("{a}", (), {}), ("{0.x}", (1,), {}), ("{0[x]}", ([1],), {}),
    ("{0[0]}", ([],), {}), ("{0!x}", (1,), {}), ("{0!}", (1,), {}), ("{0!rr}", (1,), {}),
    ("{0:{1}}", (1,), {}), ("{0:{}}", (1, 2), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{0.}", (1,), {}),
    ("{0[}", (1,), {}), ("{0[]}", (1,), {}), ("{0]}", (1,), {}), ("{:d}", ("a",), {}),
    ("{:x<5,}", ("a",), {}), ("{:=5}", ("a",), {}), ("{:+}", ("a",), {}), ("{: }", ("a",), {}),
    ("{:#}", ("a",), {}), ("{:05}", ("a",), {}), ("{:.}", ("a",), {}), ("{:,}", ("a",), {}),
    ("{:_}", ("a",), {}), ("{:%}", ("a",), {}), ("{:10000000000000000000}", ("a",), {}),
    ("{:ss}", ("a",), {}), ("{:z}", ("a",), {}), ("{0:}", (), {}), ("{!r}", (), {}), ("{:}}", (1,), {}),
    ("{0-1}", (1,), {}), ("{-1}", (1,), {}), ("{00}", (1,), {}), ("{ 0}", (1,), {}),
    ("{0[0]x}", ([1],), {}), ("{!a}", ("é",), {}), ("{:>{}}", ("a", 5), {}),
    ("{0:^{1}.{2}}", ("abcdef", 10, 3), {}), ("{:*^10}", ("hé",), {}), ("{:<10}|", ("a",), {}),
    ("{:10}|", ("a",), {}), ("{:>10}|", (1,), {}), ("{:s}", ("abc",), {}), ("{:.2s}", ("abc",), {}),
    ("{0.real}", (5,), {}), ("{0[1]}", ("abc",), {}), ("{0[a]}", ({"a": 1},), {}),
    ("{0[-1]}", ({"-1": 2},), {}), ("{a[0]}", (), {"a": "xyz"}), ("{:{}{}}", ("a", ">", 5), {}),
    ("{!s:>5}", (1,), {}), ("{0!r:}", ("a",), {}), ("{}", (None,), {}), ("{0[0][1]}", (["ab"],), {}),
    ("{:5}|", (True,), {}), ("{0:%}", (0.5,), {}), ("{:\n>5}|", ("a",), {}), ("{:{>5}|", ("a",), {}),
    ("{:{}>5}|", ("a", "{"), {}), ("x{0[0]}y", ({0: "int", "0": "str"},), {}),
    ("{0[00]}", ({0: "int", "00": "str"},), {}), ("{0[ 0]}", ({" 0": "sp"},), {}),
    ("{[0]}", ("ab",), {}), ("{.real}", (3,), {}), ("{:0<5}", ("a",), {}), ("{:05}", (1,), {}),
    ("{:,}", (1234567,), {}), ("{:.3f}", (3.14159,), {}), ("{:x} {:o} {:b} {:#x}", (255, 8, 5, 255), {}),
    ("{:e}", (12345.678,), {}), ("{:>8.2f}|", (-1.5,), {}), ("héllo {}", ("wörld",), {}),
    ("{0}{0}{0}", ("€",), {}), ("{:€^7}", ("x",), {}), ("{٣}", (0, 1, 2, "three"), {}),
    ("{0.upper.__name__}", ("a",), {}), ("{!r:^9}", ("é",), {}), ("{0!s}", (b"x",), {}),
    ("{a.b}", (), {}), ("plain", (1, 2), {"x": 1}), ("", (), {}),
    ("{:^}", ("x",), {}), ("{:<}", ("x",), {}), ("{:.0}", ("abc",), {}), ("{:2.1}", ("abc",), {}),
]
for f, a, k in fmt_cases:
    case(f, "format", *a, **k)
case("{a}", "format_map", {"a": 1})
case("{a[0]}-{b}", "format_map", {"a": "xy", "b": 2.5})
case("{0}", "format_map", {"a": 1})
case("{}", "format_map", {})
case("{a}", "format_map", {})
case("{a}", "format_map", 1)
case("a", "format_map", 1)
case("a", "format_map")
case("a", "format_map", x=1)
for s, spec in [("abc", ""), ("abc", "10"), ("abc", "<10"), ("abc", ">10"), ("abc", "^10"),
                ("abc", "*^9"), ("abc", ".2"), ("abc", "10.2"), ("abc", "s"), ("abc", "d"),
                ("abc", "=10"), ("abc", "+"), ("é€", "x^6"), ("abc", "010"), ("abc", "€>5"),
                ("abc", ",s"), ("abc", "_"), ("abc", "ss"), ("abc", ".a"), ("abc", "#"), ("abc", " "),
                ("abc", "z"), ("abc", "\x00"), ("abc", "\x01")]:
    case(s, "format()", spec)
    case(s, "__format__", spec)
case("a", "__format__")
case("a", "__format__", 1)
case("a", "__format__", "", 1)

# --- printf-style --------------------------------------------------------------------------------
pct = [
    ("%s", "x"), ("%s", (1,)), ("%s %s", (1, "a")), ("%r", "a\n"), ("%a", "é\n"), ("%d", 5), ("%d", -5),
    ("%5d|", 42), ("%-5d|", 42), ("%05d", -42), ("%+d", 5), ("% d", 5), ("%x", 255), ("%X", 255),
    ("%#x", 255), ("%#X", 255), ("%o", 8), ("%#o", 8), ("%#o", -8), ("%x", -255), ("%.3d", 5),
    ("%10.3d|", -5), ("%-010d|", 5), ("%%", ()), ("%s%%", 1), ("%c", 65), ("%c", "é"), ("%c", 0x1F600),
    ("%5c|", "x"), ("%c", "ab"), ("%c", 1.5), ("%c", -1), ("%c", 0x110000), ("%c", 2 ** 70),
    ("%f", 3.14159), ("%.2f", 2.675), ("%10.3f|", -1.5), ("%e", 12345.678), ("%E", 1e-10), ("%g", 0.0001),
    ("%G", 1e-10), ("%g", 1e20), ("%#g", 1.0), ("%.0f", 0.5), ("%.0f", 1.5), ("%#.0f", 1.0),
    ("%f", float("inf")), ("%f", float("-inf")), ("%f", float("nan")), ("%010f", float("inf")),
    ("%+f", 0.0), ("%f", -0.0), ("%d", 3.99), ("%d", -3.99), ("%d", True), ("%x", True), ("%i", 2 ** 70),
    ("%d", 10 ** 5000), ("%x", 3.0), ("%x", "a"), ("%d", "x"), ("%f", "a"), ("%e", None), ("%i", None),
    ("%d", 1e400), ("%d", float("nan")), ("%f", 10 ** 400), ("%s %s", (1,)), ("%s", (1, 2)),
    ("%(a)s", 1), ("%(a)s", {}), ("%(a", {}), ("%", ()), ("%z", 1), ("%é", 1), ("%*d", ("a", 1)),
    ("%.*d", ("a", 1)), ("%*s|", (5, "a")), ("%-*s|", (5, "a")), ("%*s|", (-5, "a")),
    ("%.*f", (2, 1.2345)), ("%*d", (2 ** 70, 1)), ("%.*d", (2 ** 40, 1)), ("%(x)s %(y)r", {"x": 1, "y": "a"}),
    ("%(a)s%(a)s", {"a": 1}), ("%()s", {"": 5}), ("%(a(b)s", {"a(b": 5}), ("%s", [1, 2]),
    ("%s", ((1, 2),)), ("a", ()), ("a", {}), ("a", []), ("a", 1), ("ab%", ()), ("%s %(a)s", {"a": 1}),
    ("%(a)s %s", {"a": 1}), ("%5%|", ()), ("%5%|", (1,)), ("%ld", 1), ("%hd|%Ld", (1, 2)), ("%l", 1),
    ("%.3s|%5s|%-5s", ("abcdef", "ab", "ab")), ("%5s|%-5s|", ("é", "é")), ("%.1s", "€uro"),
    ("%s", None), ("%s", b"a"), ("%r", 1.0), ("%s", 1e16), ("%u", -3), ("%#06x", 255), ("%+05x", -255),
    ("%#-6x|", 255), ("% 05d", 5), ("%0-5d|", 5), ("%.100f", 0.1), ("%.17g", 0.1), ("%-#8o|", 8),
    ("%05s|", "ab"), ("%+s", "x"), ("%.0s|", "abc"), ("é%s€", "ü"), ("%s", "😀"), ("%a", "😀"),
    ("%(x)-5s|", {"x": "a"}), ("%(x)*s|", {"x": "a"}), ("%*s|", (3.0, "a")), ("%.*s|", (None, "a")),
    ("%%d", 5), ("%c", True), ("%c", ""), ("%s", ()), ("%s %s", [1, 2]), ("%d %d", (1,)),
    ("%.2147483648d", 1), ("%99999999999999999999d", 1), ("%*", ()), ("%*", (5,)), ("%.*", (5,)),
    ("%(a)", {"a": 1}), ("%(a)%", {"a": 1}), ("%\n", 1), ("%lll", 1), ("%s", {"a": 1}),
    ("%d", {"a": 1}), ("%s %s", {"a": 1}), ("%.*d", (-3, 1)), ("%*d", (True, 1)), ("%#5.3d|", -5),
    ("%d", 12345678901234567890), ("%.30d", 12345678901234567890), ("%#.30x", 12345678901234567890),
    ("%030d|", -12345678901234567890), ("%e", 1e300), ("%g", 123456), ("%g", 1234567), ("%.3g", 0.0001234),
    ("%010.2e", 12345), ("%G", float("inf")), ("%F", float("nan")), ("%.3F", 1.23456),
]
for f, a in pct:
    case(f, "%", a)

# --- misc dunders ----------------------------------------------------------------------------
for s in ["", "a", "abc", "é", "€", "😀", "aé€😀"]:
    case(s, "__sizeof__")
case("abc", "__getnewargs__")
case("abc", "__len__")
case("abc", "__contains__", "b")
case("abc", "__contains__", 1)
case("abc", "__getitem__", -1)
case("abc", "__mod__", ())
case("%s", "__mod__", 1)
case("ab", "__mul__", 2)
case("ab", "__rmul__", 2)
case("ab", "__add__", "c")
case("ab", "__lt__", "b")
case("ab", "__eq__", 1)
case("ab", "__hash__")
case("ab", "__repr__")
case("ab", "__str__")


def enc(v):
    """Serializes a value for the test's decoder (see decode() in test_str.cpp)."""
    if v is None:
        return b"N"
    if v is True:
        return b"T"
    if v is False:
        return b"F"
    if isinstance(v, int):
        if abs(v) >= 10 ** 4000:
            k = round(math.log10(v))
            assert v == 10 ** k
            return b"P%d;" % k
        return b"i%d;" % v
    if isinstance(v, float):
        return b"f" + repr(v).encode() + b";"
    if isinstance(v, str):
        data = v.encode("utf-8", "surrogatepass")
        return b"s%d:" % len(data) + data
    if isinstance(v, bytes):
        return b"b%d:" % len(v) + v
    if isinstance(v, tuple):
        return b"(" + b"".join(enc(x) for x in v) + b")"
    if isinstance(v, list):
        return b"[" + b"".join(enc(x) for x in v) + b"]"
    if isinstance(v, dict):
        return b"{" + b"".join(enc(k) + enc(x) for k, x in v.items()) + b"}"
    if isinstance(v, slice):
        return b"S" + enc(v.start) + enc(v.stop) + enc(v.step)
    raise TypeError(type(v))


def cpp_bytes(b):
    out = []
    for x in b:
        c = chr(x)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif 32 <= x < 127 and c != "?":
            out.append(c)
        else:
            out.append("\\%03o" % x)
    return '"' + "".join(out) + '"'


def expected(recv, op, args, kwargs):
    try:
        if op in OPS:
            if op == "str()":
                r = str(*args, **kwargs)
            else:
                r = OPS[op](recv, *args)
        else:
            # A call written out like program code (keywords travel as kwnames, as in the VM).
            ns = {"r": str if recv is None else recv}
            parts = []
            for i, a in enumerate(args):
                ns["a%d" % i] = a
                parts.append("a%d" % i)
            for i, (k, v) in enumerate(kwargs.items()):
                ns["k%d" % i] = v
                parts.append("%s=k%d" % (k, i))
            r = eval("r.%s(%s)" % (op, ", ".join(parts)), ns)
        return repr(r)
    except Exception as e:  # noqa: BLE001
        return "%s: %s" % (type(e).__name__, e)


def main():
    print("// Generated by tests/unit/gen_str_cases.py from CPython %s. Do not edit." % sys.version.split()[0])
    print("// {receiver, operation, args, kwargs (name value ...), expected repr or \"Exc: message\"}")
    for recv, op, args, kwargs in C:
        exp = expected(recv, op, args, kwargs)
        if len(exp) > 3000:
            continue
        r = enc(recv)
        a = b"".join(enc(x) for x in args)
        k = b"".join(enc(n) + enc(v) for n, v in kwargs.items())
        e = exp.encode("utf-8", "surrogatepass")
        print("{SV(%s), SV(%s), SV(%s), SV(%s), SV(%s)}," % (cpp_bytes(r), cpp_bytes(op.encode()), cpp_bytes(a),
                                                          cpp_bytes(k), cpp_bytes(e)))


main()
