# exact-stderr
# __debug__ cannot be assigned (CPython compiler forbidden_name): located at the target name
x = 1
__debug__ = x
