# exact-stderr
# match: f-strings are not literal patterns
match {}:
    case {f"k": 1}:
        pass
