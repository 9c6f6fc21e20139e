# format(x, '') of an int subclass is str(x) (its __repr__/__str__ overrides apply), as CPython's
# int.__format__ does; an exact int and bool keep their own text, a non-empty spec formats the value.
class K(int):
    def __repr__(self):
        return "K!"
class S(int):
    def __str__(self):
        return "S!"
class P(int):
    pass
for v in (K(3), S(4), P(5), True, 7, -2**70):
    print(repr(format(v, "")), repr(f"{v}"), repr(f"{v:}"), repr("{}".format(v)), repr(v.__format__("")),
          repr(format(v, "d")), repr(f"{v:>4}"))
