def f():
    return
def g():
    return 1, 2
def h():
    return *a, 1
def i():
    return (yield)
def j():
    return lambda: 1
def k():
    return not x
def l():
    return await_ if x else y
