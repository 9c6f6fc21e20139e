# exact-stderr
# match: a name is captured twice in one pattern
match (1, (2, 3)):
    case (x, (y, x)):
        pass
