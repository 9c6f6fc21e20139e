# contextlib: @contextmanager entering, exiting, handling and re-raising exceptions
from contextlib import contextmanager
@contextmanager
def cm(name):
    print('enter', name)
    try:
        yield name.upper()
    except ValueError as e:
        print('handled', e)
    finally:
        print('exit', name)
with cm('a') as v:
    print(v)
with cm('b'):
    raise ValueError('x')
try:
    with cm('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
@cm('deco')
def decorated():
    print('in deco')
decorated()
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield():
        pass
except RuntimeError as e:
    print(e)
