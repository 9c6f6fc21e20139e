# the built-in exception hierarchy
names = ['BaseException', 'Exception', 'KeyboardInterrupt', 'SystemExit', 'GeneratorExit',
         'StopIteration', 'StopAsyncIteration', 'ArithmeticError', 'ZeroDivisionError',
         'OverflowError', 'FloatingPointError', 'LookupError', 'KeyError', 'IndexError',
         'RuntimeError', 'RecursionError', 'NotImplementedError', 'TypeError', 'ValueError',
         'UnicodeError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'AttributeError', 'NameError',
         'UnboundLocalError', 'AssertionError', 'MemoryError', 'TimeoutError', 'OSError',
         'ConnectionError', 'BrokenPipeError', 'FileNotFoundError', 'ImportError',
         'ModuleNotFoundError', 'BufferError', 'EOFError', 'SyntaxError', 'IndentationError',
         'TabError', 'SystemError', 'ReferenceError', 'Warning', 'UserWarning',
         'DeprecationWarning', 'RuntimeWarning', 'BaseExceptionGroup', 'ExceptionGroup',
         'PermissionError', 'ProcessLookupError', 'InterruptedError', 'ChildProcessError',
         'ConnectionResetError', 'ConnectionRefusedError', 'ConnectionAbortedError',
         'FileExistsError', 'IsADirectoryError', 'NotADirectoryError', 'BlockingIOError',
         'PendingDeprecationWarning', 'SyntaxWarning', 'FutureWarning', 'ImportWarning',
         'UnicodeWarning', 'BytesWarning', 'ResourceWarning', 'EncodingWarning', 'UnicodeTranslateError']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, '<-', ' '.join(c.__name__ for c in cls.__mro__[1:]))
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
try:
    raise KeyboardInterrupt
except Exception:
    print('wrong')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
try:
    {}[1]
except LookupError as e:
    print('LookupError caught', type(e).__name__)
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table):
        super().__init__(f'table {table}')
        self.table = table
try:
    raise DbError('users')
except AppError as e:
    print(type(e).__name__, e, e.table, e.args)
