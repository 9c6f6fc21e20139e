# str/bytes reprs with quotes and escapes, unicode, encode/decode, bytes methods, ord/chr, and len of non-ASCII text.
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\nnewline\\"))
print(repr("\x00\x7f\u00e9\u4e2d\U0001f600"), len("\u00e9\u4e2d\U0001f600"), ascii("é中"))
b = "héllo".encode()
print(b, len(b), b.decode(), b.hex(), bytes([104, 105]), b"\x00\xff", bytearray(b"ab"))
print(b"a,b".split(b","), b"abc".upper(), b"x" * 3, b"abc"[0], b"abc"[:1], list(b"hi"))
print("café".encode("latin-1"), "ü".encode("utf-16-le"), b"caf\xc3\xa9".decode("utf-8"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(ord("A"), chr(9731), hex(ord("€")), "\N{GREEK SMALL LETTER ALPHA}", r"raw\n", "a" "b" "c")
print(str(b"bytes"), str(1.0), str(None), repr(None), str([1, "a"]), repr(("x",)))
print("multi\nline", end="|\n")
print("%s|%r" % ("é", "é"), f"{'é'!a}", "ß".upper(), "ﬁ".upper(), "İ".lower().encode())
