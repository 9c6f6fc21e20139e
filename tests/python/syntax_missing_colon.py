# exact-stderr
# a SyntaxError is reported before anything runs
print('never printed')
def f(x)
    return x
