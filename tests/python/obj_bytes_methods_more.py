# bytes and bytearray: the methods beyond find/split/strip (CPython 3.11's full set), their results
# for both types and their error messages.
line = b"Host: example.com\r\nAccept: */*\r\n"
for l in line.splitlines():
    k, _, v = l.partition(b": ")
    print(k, v)

samples = [b"", b"hello World", b"Hello World", b"HELLO", b"hello", b"abc123", b"123", b" \t\n",
           b"a\tb\tc", b"x\r\ny\rz\n\nw", b"They're bill's", b"\xe9t\xe9", b"-42", b"+7", b"ab\x80",
           b"\x00hi", b"Title Case Words", b"mIxEd CaSe 9x"]
no_arg = ["capitalize", "swapcase", "title", "isalnum", "isalpha", "isascii", "isdigit", "islower",
          "isupper", "isspace", "istitle", "upper", "lower", "splitlines", "expandtabs"]
for cls in (bytes, bytearray):
    print(cls.__name__)
    for s in samples:
        o = cls(s)
        print(' ', repr(o), [getattr(o, m)() for m in no_arg])
        print('   ', o.center(9), o.center(10, b'*'), o.ljust(8, b'.'), o.rjust(8), o.zfill(6))
        print('   ', o.partition(b'l'), o.rpartition(b'l'), o.partition(b'zz'), o.rpartition(b'zz'))
        print('   ', o.removeprefix(b'he'), o.removesuffix(b'lo'), o.removeprefix(b''), o.splitlines(True),
              o.splitlines(keepends=True), o.expandtabs(4), o.expandtabs(tabsize=0))
        print('   ', o.count(b'l'), o.count(b'l', 3), o.rfind(b'l'), o.find(108), o.rindex(b'') if o else None)
    t = cls.maketrans(b'abc', b'xyz')
    print(type(t).__name__, len(t), t[97:100])
    o = cls(b'aabbccdd')
    print(o.translate(t), o.translate(t, b'd'), o.translate(None, b'ab'), o.translate(None),
          o.translate(bytearray(t), delete=b'c'))
    print(type(o.partition(b'b')[0]).__name__, type(o.removeprefix(b'x')).__name__, type(o.center(20)).__name__)
    for call in [lambda: o.center(), lambda: o.center(5, "x"), lambda: o.center(5, b"xy"), lambda: o.center("5"),
                 lambda: o.center(5, fillchar=b"x"), lambda: o.ljust(3, 5), lambda: o.rjust(1, 2, 3),
                 lambda: o.partition(), lambda: o.partition("x"), lambda: o.partition(b""),
                 lambda: o.rpartition(3), lambda: o.removeprefix("x"), lambda: o.removesuffix(),
                 lambda: o.translate(b"x"), lambda: o.translate(None, "x"), lambda: o.translate(),
                 lambda: cls.maketrans(b"a", b"bc"), lambda: cls.maketrans("a", b"b"), lambda: o.zfill(),
                 lambda: o.zfill(3, 4), lambda: o.expandtabs("x"), lambda: o.splitlines(1, 2),
                 lambda: o.title(1), lambda: o.isascii(1), lambda: o.swapcase(x=1), lambda: o.index(b'q'),
                 lambda: o.rindex(b'q')]:
        try:
            print(' ', call())
        except (TypeError, ValueError) as e:
            print(' ', type(e).__name__, e)


class B(bytes):
    pass


b = B(b"ab:cd")
print([type(x).__name__ for x in b.partition(b':')], type(b.title()).__name__, type(b.center(9)).__name__)
ba = bytearray(b"abc")
print(ba.partition(ba), ba.removeprefix(ba), ba.translate(bytes.maketrans(ba, b"xyz")))
print(missing := sorted(m for m in dir(bytes) if not hasattr(bytearray, m)))
