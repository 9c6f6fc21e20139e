# exact-stderr
# import * in a function: the caret is on the star
def f():
    from os import *
