# exact-stderr
# traceback: print_exc / print_exception write CPython 3.11's report (carets, chains) to stderr
import traceback
def inner(x):
    return 1 / x
def outer():
    return inner(0)
try:
    outer()
except ZeroDivisionError:
    traceback.print_exc()
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad') from e
except ValueError as e:
    traceback.print_exception(e)
traceback.print_exception(RuntimeError('no traceback'))
print('done')
