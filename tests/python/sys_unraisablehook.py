# exact-stderr
# sys.unraisablehook: a hook the program installs gets an UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object) for each 'Exception ignored in' report; a failing hook is reported as 'Exception ignored in sys.unraisablehook: <hook>'; sys.__unraisablehook__ (the default) prints the report, also when called directly; without the attribute the default is used.
import sys, gc
print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook)
seen = []
def hook(u):
    seen.append(u)
    print("hook:", type(u).__name__, u.exc_type.__name__, repr(u.exc_value), u.err_msg, type(u.object).__name__, u.exc_traceback is not None)
    print(repr(u)[:40], len(u), u[0].__name__)
class A:
    def __del__(self):
        raise KeyError("k")
sys.unraisablehook = hook
A()
def bad(u):
    raise ValueError("hook broke")
sys.unraisablehook = bad
A()
sys.unraisablehook = sys.__unraisablehook__
A()
sys.__unraisablehook__(seen[0])
del sys.unraisablehook
A()
print("end")
