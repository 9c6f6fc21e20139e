# codecs (encode/decode/lookup over str.encode and bytes.decode, hex/base64/rot13, BOMs) and the
# unicode_escape, raw_unicode_escape and utf-8-sig text encodings, with CPython's errors and warning.
import codecs
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"), codecs.encode("abc", "rot-13"))
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"), codecs.encode(b"hi", "base64"), codecs.decode(b"aGk=\n", "base64"))
print(codecs.encode("é", "utf-8"), codecs.decode(b"\xc3\xa9", "utf-8"), codecs.encode("é"), codecs.decode(b"x"), codecs.encode("é", "latin-1"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF16 == codecs.BOM_UTF16_LE)
i = codecs.lookup("UTF8"); print(i.name, type(i).__name__, codecs.lookup("latin1").name, codecs.lookup("rot13").name, codecs.lookup("ascii").name)
print(codecs.getencoder("utf-8")("hé"), codecs.getdecoder("utf-8")(b"h\xc3\xa9"))
try:
    codecs.lookup("nope")
except LookupError as e:
    print(type(e).__name__, e)
try:
    codecs.encode("x", "hex")
except Exception as e:
    print(type(e).__name__, e)
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
print(codecs.decode(b"\xff", "utf-8", "replace"), codecs.encode("é", "ascii", "xmlcharrefreplace"), codecs.encode("é", "ascii", errors="backslashreplace"))
print("abc".encode("rot13") if False else "", codecs.encode("x", encoding="utf-16"), codecs.decode(b"\xff\xfex\x00", "utf-16"))
print(codecs.lookup("utf-8").name, type(codecs.lookup("utf-8")).__name__, isinstance(codecs.lookup("ascii"), tuple))
try:
    codecs.decode(b"zz", "hex")
except Exception as e:
    print(type(e).__name__, e)
samples = [b"plain", b"a\\nb\\tc\\\\d", b"\\x41\\u00e9\\U0001F600", b"\\101\\7\\0", b"\\q\\'\\\"", b"line\\\nnext", b"caf\xe9", b"\\a\\b\\f\\v\\r"]
for s in samples:
    print(repr(s.decode("unicode_escape")), repr(s.decode("raw_unicode_escape")))
for bad in [b"\\x4", b"\\u12", b"\\U00110000", b"abc\\", b"\\N{DASH}"]:
    for enc in ["unicode_escape", "raw_unicode_escape"]:
        try:
            print(enc, repr(bad.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, e)
print(repr(b"\\x4zz".decode("unicode_escape", "replace")), repr(b"\\u12".decode("raw_unicode_escape", "ignore")))
for t in ["héllo\n\t\\ 'q\" \x00\x7f\x80", "€😀", "\ud800"]:
    print(t.encode("unicode_escape"), t.encode("raw_unicode_escape"))
print("x".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf_8_sig"), "x".encode("UTF-8-SIG"))
try:
    b"\xef\xbb\xbf\xff".decode("utf-8-sig")
except UnicodeDecodeError as e:
    print(e)
print("Tab\\tNew\\nline".encode().decode("unicode_escape"))
import pickle
for p in (0, 1, 2):
    d = pickle.dumps({"k": "h\u00e9\\x", "b": b"ab\xff"}, protocol=p)
    print(p, d, pickle.loads(d))
print(codecs.encode.__module__, codecs.encode, type(codecs.encode).__name__)
