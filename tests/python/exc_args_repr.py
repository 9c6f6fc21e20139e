# args, str() and repr() of exceptions, custom attributes, with_traceback, __notes__
cases = [ValueError(), ValueError('one'), ValueError('one', 2), ValueError(None), KeyError('k'), KeyError(),
         KeyError('a', 'b'), IndexError(5), StopIteration(3), SystemExit(2), OSError(2, 'No such file'),
         OSError('plain'), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
         AttributeError('attr'), NameError('n'), Exception([1, 2]), BaseException(''), ExceptionGroup('g', [ValueError()])]
for e in cases:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('x')
e.args = ('changed', 1)
print(e, repr(e))
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithInit(1, 2)
print(repr(w), str(w), w.args, w.b)
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuperInit(5)
print(repr(n), n.args, str(n))
class CustomStr(Exception):
    def __str__(self): return 'custom message'
print(str(CustomStr()), repr(CustomStr('a')))
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(KeyError('k').args[0], str(KeyError('it\'s')), str(KeyError(1, 2)))
e = RuntimeError('tb')
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except RuntimeError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
e2 = ValueError('note me')
e2.add_note('first note')
e2.add_note('second')
print(e2.__notes__)
try:
    e2.add_note(5)
except TypeError as err:
    print(err)
print(OSError(2, 'msg').errno, OSError(2, 'msg').strerror, str(OSError(2, 'msg', 'file.txt')))
print(type(OSError(2, 'x')).__name__, ImportError('m', name='mod').name, ImportError('m').msg)
print(repr(AssertionError()), repr(NotImplementedError('todo')))
print(isinstance(ValueError(), BaseException), ValueError.__mro__[1].__name__)
print(BaseException.__new__(ValueError).args, Exception.__name__, Exception.__qualname__)
print(SyntaxError('msg', ('f.py', 1, 2, 'text', 1, 3)).lineno, repr(SyntaxError('bad')))
