# exact-stderr
# match: or-pattern alternatives must bind the same names
match [1]:
    case [a] | [b, (c)]:
        pass
