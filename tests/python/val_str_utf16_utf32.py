# UTF-16 / UTF-32 codecs: BOMs, byte order, surrogate pairs, aliases, error handlers and decode errors
for text in ["", "abc", "ü", "€", "😀x"]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        b = text.encode(enc)
        assert b.decode(enc) == text, (text, enc)
        print(enc, text, b)
print("é".encode("UTF16"), "é".encode("utf_32_be"), "é".encode("U16"))
print(b"\xfe\xff\x00A".decode("utf-16"), b"\xff\xfe\x00\x00A\x00\x00\x00".decode("utf-32"), b"A\x00".decode("utf-16"))
print("a\ud800b".encode("utf-16-le", "replace"), "a\ud800".encode("utf-16-be", "ignore"),
      "\udcff".encode("utf-16-le", "backslashreplace"), "\ud800".encode("utf-16-le", "surrogatepass"))
for data, enc in [(b"A", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc\x41\x00", "utf-16-le"),
                  (b"\x00\xd8\x41\x00", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"),
                  (b"\x00\xd8\x00\x00", "utf-32-le"), (b"AB", "utf-32"), (b"\xfe\xff\x00", "utf-16"), (b"\x00\x00\xfe\xffA", "utf-32")]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(" ", repr(data.decode(enc, "replace")), repr(data.decode(enc, "ignore")))
try:
    "x\ud800".encode("utf-16")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
