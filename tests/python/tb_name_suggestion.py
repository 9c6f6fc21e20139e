# exact-stderr
# a NameError suggestion for a misspelled builtin
values = [3, 1, 2]
print(sortd(values))
