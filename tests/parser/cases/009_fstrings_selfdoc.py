x = 1
y = "s"
a = f"{x=}"
b = f"{x = }"
c = f"{x=!s}"
d = f"{x=:>5}"
e = f"{y=!r:^10}"
f = f"{x + 1=}"
g = f"start {x=} end"
