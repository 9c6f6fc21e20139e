# scoping rules: class bodies, globals, builtins shadowing, locals in comprehensions
x = 'global x'
class C:
    x = 'class x'
    y = x + '!'
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow_builtin(), len('abc'))
list = lambda *a: 'module shadow'
print(list())
del list
print(list('ab'))
def g():
    global x
    x = 'rebound'
g()
print(x)
def reads_global():
    return counter + 1
counter = 10
print(reads_global())
def outer():
    v = 1
    class Inner:
        v = 2
        def get(self):
            return v
        w = v
    return Inner().get(), Inner.w
print(outer())
def nonlocal_in_class():
    value = 'fn'
    class K:
        nonlocal value
        value = 'set from class'
    return value
print(nonlocal_in_class())
def comp_scope():
    n = 3
    return [n * i for i in range(n)]
print(comp_scope())
a = 1
def uses_before():
    try:
        return a
    finally:
        pass
print(uses_before())
import builtins
builtins.custom_builtin = 'visible everywhere'
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(e)
