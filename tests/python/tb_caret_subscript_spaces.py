# Subscript carets with spaces around the brackets, as CPython 3.11.7 (traceback.c and
# traceback.py alike): the ~ run goes up to the '[', the ^ run from the '[' to just after the
# ']' -- `a [ 5 ]` is ~~^^^^^ (we started the ^ right after the value and ended it at the slice).
import traceback

a = [[1]]
d = {}


def f1():
    return a [ 5 ]


def f2():
    return a[ (5) ]


def f3():
    return d[ 1 , 2 ]


def f4():
    return a[0][ 7 ]


def f5():
    return ( a )  [  9  ]  # c


for fn in (f1, f2, f3, f4, f5):
    try:
        fn()
    except (IndexError, KeyError):
        traceback.print_exc(limit=-1)

f1()
