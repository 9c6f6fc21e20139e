# generators are closed when they are freed: finally blocks and GeneratorExit
def resource(name):
    print('open', name)
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit in', name)
        raise
    finally:
        print('close', name)
g = resource('first')
next(g)
del g
print('after del')
def consume():
    for v in resource('loop'):
        return v
print(consume())
print([v for v in resource('full')])
def never_started():
    try:
        yield
    finally:
        print('not printed: never started')
n = never_started()
del n
def swallow():
    try:
        yield 1
    except GeneratorExit:
        return
s = swallow()
next(s)
s.close()
print('swallowed close')
gen = resource('at exit')
next(gen)
print('module end')
