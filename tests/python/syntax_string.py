# exact-stderr
# unterminated string literal
s = 'abc
