# exact-stderr
# match: two starred names in one sequence pattern
match []:
    case [first, *a, *b]:
        pass
