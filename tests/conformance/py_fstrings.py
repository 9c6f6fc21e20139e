# f-strings: format specs (width, alignment, fill, sign, precision, thousands, %, e, x/o/b, #), !r/!s/!a conversions, = debugging, nesting.
name, value, ratio, big = "loop", 42, 0.125, 1234567.891
print(f"[{name:>8}] [{name:<8}] [{name:^8}] [{name:*^9}]")
print(f"{value:05d} {value:+d} {-value: d} {value:x} {value:#x} {value:o} {value:#b} {value:X}")
print(f"{ratio:.2%} {big:,.2f} {big:_.1f} {big:e} {big:.3E} {big:g} {0.00001234:g}")
print(f"{name!r} {name!s} {'é'!a} {value!r:>6}")
print(f"{value=} {ratio = :.1f} {name=!s}")
width, prec = 10, 3
print(f"[{3.14159265:{width}.{prec}f}]")
print(f"{'nested ' + name.upper()}")
print(f"{{literal braces}} {value}")
d = {"k": [1, 2]}
print(f"{d['k'][1]} {len(d)=}")
print(f"{12345678:,} {-0.5:.0f} {2.5:.0f} {1e100:.3g} {float('inf'):>6} {True:d}")
print(f"{'left':<{width}}|")
