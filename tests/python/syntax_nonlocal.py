# exact-stderr
# nonlocal at module level / no binding
def f():
    nonlocal q
