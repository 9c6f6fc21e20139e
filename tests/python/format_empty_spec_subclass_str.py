class F(float):
    def __str__(self): return "F!"
    def __repr__(self): return "F-repr"
class S(str):
    def __str__(self): return "S!"
class I(int):
    def __str__(self): return "I!"
class C(complex):
    def __str__(self): return "C!"
class B(bool if False else int): pass
for v in [F(2.5), S("x"), I(3), C(1j), True]:
    print(f"{v}", format(v, ""), "{}".format(v), f"{v!s}", f"{v:}", format(v, "") == str(v))
print(format(F(2.5), ".1f"), format(S("x"), "3"), format(I(3), "03"), format(C(1j), ".1f"))
