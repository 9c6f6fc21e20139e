import struct


def show(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


# sizes and alignment
for fmt in ["b", "bi", "@bq", "=bq", "ib", "i0q", "0i", "P", "@hP", "xP", "e", "@ce", "@cd", "@c?",
            " i  h ", "<qQnN" [:3], "3s2p", "5x", "!HL", ">lL", "@lL", "@nN", "hhl", "ci", "?x?"]:
    show("calcsize %r" % fmt, struct.calcsize, fmt)

# round trips of every code in every byte order
values = {"c": b"z", "b": -100, "B": 200, "?": True, "h": -30000, "H": 60000, "i": -2**31, "I": 2**32 - 1,
          "l": -2**31, "L": 2**32 - 1, "q": -2**63, "Q": 2**64 - 1, "e": 1.5, "f": 0.1, "d": 3.141592653589793}
for order in "@=<>!":
    for code, v in values.items():
        data = struct.pack(order + code, v)
        print(order, code, data, struct.unpack(order + code, data))
for code, v in [("n", -5), ("N", 2**64 - 1), ("P", 12345), ("P", -1), ("l", 2**40), ("L", 2**63)]:
    data = struct.pack(code, v)
    print(code, data, struct.unpack(code, data))

# mixed formats, counts, padding, strings
print(struct.pack("<2h3x?", 1, -2, 7))
print(struct.pack("@bhiq", 1, 2, 3, 4))
print(struct.unpack("@bhiq", struct.pack("@bhiq", 1, 2, 3, 4)))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.pack("3p", b"abcdef"), struct.pack("0s", b"x"),
      struct.pack("p", b"x"), struct.pack("s", bytearray(b"q")))
print(struct.unpack("3p", b"\x05ab"), struct.unpack("?", b"\x02"), struct.unpack("4s", b"ab\x00\x00"))
print(struct.unpack(">3sHc", b"abc\x01\x02Z"))
print(struct.pack("?", "x"), struct.pack("?", 0), struct.pack("?", []), struct.pack("d", 3))


class Idx:
    def __index__(self):
        return 7


print(struct.pack("i", Idx()), struct.pack("f", Idx()), struct.pack("<q", True))

# floats: rounding, specials, subnormals, half precision
for code, v in [("<f", 0.1), ("<f", 3.4028235e38), ("<f", 3.40282356e38), ("<f", 1e-46), ("<f", 1.4e-45),
                ("<f", 1e-40), ("<e", 5.960464477539063e-08), ("<e", 2.9802322387695312e-08),
                ("<e", 2.980232536792755e-08), ("<e", 65504.0), ("<e", 65519.99), ("<e", 0.1), ("<e", -0.0),
                (">e", 1e-5), ("<d", 5e-324), ("<d", -2.5e-310), ("<d", 1.7976931348623157e308),
                ("<f", float("inf")), ("<e", float("-inf")), ("<d", float("nan")), ("<f", float("nan")),
                ("<e", float("nan")), ("@f", 1e300), ("@f", -1e39), ("<f", 1e300), ("<f", 3.4028236e38),
                ("<e", 65520.0), ("@e", 1e10), ("d", "x"), ("f", 10**400), ("e", None)]:
    try:
        data = struct.pack(code, v)
    except Exception as e:
        print(code, v, type(e).__name__, e)
        continue
    back = struct.unpack(code, data)[0]
    print(code, v, data, back, repr(back))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack(">f", b"\x7f\xc0\x00\x00"), struct.unpack("<e", b"\x01\x80"))

# integer range errors differ per byte order
for order in "@<>=!":
    for code, v in [("b", 200), ("b", -129), ("B", 256), ("B", -1), ("h", 40000), ("H", 70000), ("H", -1),
                    ("i", 2**31), ("I", 2**32), ("I", -1), ("l", 2**63), ("l", 2**31), ("L", 2**32), ("L", -1),
                    ("q", 2**63), ("q", -2**63 - 1), ("Q", 2**64), ("Q", -1), ("n", 2**63), ("N", -1),
                    ("h", 2**70), ("b", 2**70), ("i", 1.5), ("B", "x"), ("Q", None)]:
        if order != "@" and code in "nN":
            continue
        try:
            print(order, code, struct.pack(order + code, v))
        except struct.error as e:
            print(order, code, "error:", e)

# other errors
for fmt, args in [("z", ()), ("3", ()), ("c", (b"ab",)), ("c", (1,)), ("s", ("x",)), ("p", (1,)),
                  ("2i", (1,)), ("<P", (1,)), ("3x", (1,)), ("i", (1, 2)), ("<n", (1,)), ("i<", (1,)),
                  ("3 i", (1,))]:
    show("pack %r %r" % (fmt, args), struct.pack, fmt, *args)
for call in ["struct.unpack('i', b'abc')", "struct.unpack_from('i', b'abcdef', 4)",
             "struct.unpack_from('i', b'abcdef', -10)", "struct.unpack_from('i', b'abcdef', 10)",
             "struct.unpack_from('<h', b'\\x00\\x01\\x02', offset=1)", "struct.unpack_from('<h', b'\\x00\\x01\\x02', -2)",
             "struct.pack_into('i', bytearray(3), 0, 1)", "struct.pack_into('i', bytearray(6), 4, 1)",
             "struct.pack_into('i', bytearray(6), -10, 1)", "struct.pack_into('i', bytearray(6), 10, 1)",
             "struct.pack_into('i', bytearray(6), -2, 1)", "struct.pack_into('i', bytearray(6), 0)",
             "struct.iter_unpack('i', b'abcde')", "struct.iter_unpack('', b'')", "struct.Struct(5)",
             "struct.calcsize(5)", "struct.pack()", "struct.unpack('i', 'abcd')",
             "struct.pack_into('i', b'abcd', 0, 1)", "struct.Struct('i').unpack(b'ab')"]:
    show(call, eval, call)

# pack_into / unpack_from / iter_unpack / Struct
buf = bytearray(10)
struct.pack_into("<hh", buf, 2, 258, -1)
print(buf)
struct.pack_into(">H", buf, -2, 0xABCD)
print(buf, struct.unpack_from("<hh", buf, 2), struct.unpack_from(">H", buf, offset=8))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), type(it).__name__)
s = struct.Struct("<2hs")
print(s.format, s.size, s.pack(1, 2, b"x"), s.unpack(b"\x01\x00\x02\x00y"), struct.Struct(b">i").format)
s.pack_into(buf, 0, 5, 6, b"!")
print(buf, s.unpack_from(buf), list(struct.Struct("<b").iter_unpack(b"\x01\xff")))
print(type(s).__name__, struct.error.__name__, struct.error.__mro__[1].__name__, issubclass(struct.error, Exception))
try:
    struct.pack("<i", 1, 2)
except struct.error as e:
    print(repr(e))
