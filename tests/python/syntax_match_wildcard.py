# exact-stderr
# match: a wildcard in a non-last alternative
match 1:
    case _ | 1:
        pass
