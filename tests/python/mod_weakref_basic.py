# weakref: ref() returns its referent while alive; WeakValueDictionary/WeakSet/finalize while referenced
import weakref
class A:
    pass
a = A()
r = weakref.ref(a)
print(r() is a, weakref.ref(a) == r, callable(r))
ws = weakref.WeakSet([a]); print(len(ws), a in ws, A() in ws)
d = weakref.WeakValueDictionary(); d['k'] = a; print(d['k'] is a, list(d), 'k' in d, d.get('nope'))
kd = weakref.WeakKeyDictionary(); kd[a] = 1; print(kd[a], len(kd))
called = []
f = weakref.finalize(a, called.append, 'done')
print(f.alive)
f()
print(called, f.alive, f())
