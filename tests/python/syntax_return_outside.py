# exact-stderr
# 'return' outside function (a compiler error, not a parser one)
x = 1
return x
