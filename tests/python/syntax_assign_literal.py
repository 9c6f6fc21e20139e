# exact-stderr
# cannot assign to a literal
5 = x
