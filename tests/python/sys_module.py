# the sys module: argv, version_info, maxsize, recursion limit, exc_info, modules, stdout/stderr
import sys
print(sys.argv, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11))
print(sys.maxsize == 2 ** 63 - 1, sys.getrecursionlimit(), type(sys.modules).__name__)
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v if hasattr(sys, 'exception') else True)
print(sys.exc_info() == (None, None, None))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print(sys.stdout.write('direct\n'), sys.stderr is not sys.stdout)
print(sys.byteorder, sys.platform in ('linux', 'emscripten', 'darwin', 'win32'), isinstance(sys.path, list))
print(sys.flags.optimize if hasattr(sys, 'flags') else 0, sys.float_info.max, sys.float_info.epsilon)
print(sys.intern('abc') == 'abc', sys.implementation.name in ('cpython', 'loopscope'))
print(hasattr(sys, 'getsizeof'), sys.int_info.bits_per_digit in (15, 30, 60) if hasattr(sys, 'int_info') else True)
def handler():
    try:
        raise ValueError('inner')
    except ValueError:
        return sys.exc_info()[1]
print(repr(handler()), sys.exc_info()[0])
def gen():
    try:
        raise TypeError('in gen')
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g), sys.exc_info()[0], next(g))
print(sys.get_int_max_str_digits())
