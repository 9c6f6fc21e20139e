# printf-style % formatting: %s %r %d %i %f %e %g %x %o %c %%, width/precision/flags, tuples and dicts.
print("%s has %d items costing %.2f" % ("cart", 3, 19.999))
print("%r %s" % ("quoted", "plain"))
print("[%5d] [%-5d] [%05d] [%+d] [% d]" % (42, 42, 42, 42, 42))
print("[%8.3f] [%-8.1f] [%e] [%.2E] [%g] [%g]" % (3.14159, 2.5, 12345.678, 0.000123, 1e-7, 123456789.0))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("100%% done, %s" % "ok")
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36})
print("%*d|%-*s|" % (6, 7, 4, "ab"))
print("%.3s" % "abcdef", "%s" % (1,), "%s" % [1, 2])
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
