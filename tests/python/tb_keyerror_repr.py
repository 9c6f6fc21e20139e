# exact-stderr
# KeyError shows the repr of the key; exceptions with no message; custom exception module names
class Custom(Exception):
    pass
try:
    raise Custom()
except Custom as e:
    print(repr(e))
d = {('a', 1): 0}
d[('b', "it's")]
