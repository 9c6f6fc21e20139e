# exact-stderr
# match: literal mapping keys must be distinct (True == 1)
match {}:
    case {1: a, "x": b, True: c}:
        pass
