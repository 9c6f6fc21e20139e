# exact-stderr
# 'await' outside async function
def f():
    await g()
