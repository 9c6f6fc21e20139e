# import forms with built-in modules
import sys
import sys as system
from sys import argv, maxsize as biggest
print(system is sys, argv == sys.argv, biggest == sys.maxsize)
print(type(sys).__name__, sys.__name__)
import builtins
print(builtins.len is len, builtins.__name__)
from builtins import print as p
p('via alias')
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(repr(e), e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print(e)
print(isinstance(sys.modules, dict), 'sys' in sys.modules, '__main__' in sys.modules)
print(sys.modules['__main__'].__name__)
def local_import():
    import sys as s2
    return s2 is sys
print(local_import())
print(__name__)
