# exact-stderr
# 'break' outside loop
def f():
    break
