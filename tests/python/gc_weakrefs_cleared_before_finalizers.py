# The collector clears the weak references to the garbage it found and calls their callbacks
# before any finalizer runs (CPython's handle_weakrefs): a __del__ sees the weak references to
# the other objects of its cycle dead, a weak reference that is garbage itself never calls its
# callback, and WeakValueDictionary / WeakSet entries are gone by then.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


class Watcher:
    def __init__(self, name, refs):
        self.name = name
        self.refs = refs

    def __del__(self):
        print("del", self.name, [r() for r in self.refs], sorted(registry), len(members))


registry = weakref.WeakValueDictionary()
members = weakref.WeakSet()
gc.disable()

a = Node("a")
b = Node("b")
a.peer, b.peer = b, a
w = Watcher("w", [weakref.ref(a), weakref.ref(b)])
a.watcher = w
registry["a"] = a
registry["b"] = b
members.add(a)
kept = weakref.ref(b, lambda r: print("callback of kept ref, dead:", r() is None))
a.own = weakref.ref(b, lambda r: print("never: this ref is garbage"))
del a, b, w
print("before", sorted(registry), len(members))
print("unreachable found:", gc.collect() > 0)
print("after", sorted(registry), len(members), kept())


class Res:
    def __init__(self, n):
        self.n = n
        self.me = self


r1 = Res(1)
fin = weakref.finalize(r1, print, "finalize ran for", 1)
del r1
gc.collect()
print("finalize alive:", fin.alive)
