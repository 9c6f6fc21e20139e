# exact-stderr
# f-string: empty expression
x = f'{}'
