# exact-stderr
# invalid syntax with carets
x = 1 +* 2
