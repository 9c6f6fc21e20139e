# exact-stderr
# a three-level chain mixing cause and context, and an exception in finally
def a():
    raise KeyError('a')
def b():
    try:
        a()
    except KeyError as e:
        raise ValueError('b') from e
def c():
    try:
        b()
    finally:
        raise TypeError('c')
c()
