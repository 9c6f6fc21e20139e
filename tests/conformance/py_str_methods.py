# Common str methods: split/rsplit/partition, join, strip family, replace, find/index, case methods, padding, tests.
s = "  Hello, asyncio World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
t = s.strip()
print(t.split(), t.split(", "), "a,b,,c".split(","), "a b  c".split(" "), "k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
print(t.partition(","), t.rpartition("o"), t.partition("#"))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")))
print(t.replace("o", "0"), t.replace("o", "0", 1), t.count("o"))
print(t.find("World"), t.find("zzz"), t.rfind("o"), t.index("asyncio"))
try:
    t.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print(t.upper(), t.lower(), t.swapcase(), "hello world".title(), "hELLO".capitalize(), "Straße".casefold())
print(repr("ab".center(7, "*")), repr("ab".ljust(5)), repr("ab".rjust(5, ".")), "42".zfill(5), "-42".zfill(5))
print("123".isdigit(), "abc".isalpha(), "a1".isalnum(), "   ".isspace(), "Title Case".istitle(), "abc".islower())
print(t.startswith("Hello"), t.endswith(("!", "?")), "line1\nline2\r\nline3".splitlines())
print("tab\tsep".expandtabs(4), "a{}b{}".format(1, 2), "{0}{1}{0}".format("x", "y"), "{name}!".format(name="hi"))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "abc" * 3, "b" in "abc")
