# Weak references are weak: entries of WeakValueDictionary/WeakKeyDictionary/WeakSet vanish with
# the last strong reference, callbacks and weakref.finalize run then (or at exit), proxies raise
# ReferenceError once dead; which objects take weak references; reprs, hashing and equality.
import weakref, gc

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"

d = weakref.WeakValueDictionary()
a, b = Obj(1), Obj(2)
d["a"] = a; d["b"] = b
print(len(d), sorted(d.keys()), d["a"])
del a
print(len(d), sorted(d.keys()), "a" in d, d.get("a"))
print(list(d.values()), list(d.items()))
d.setdefault("c", b)
print(sorted(d))
del b
gc.collect()
print(len(d), dict(d))
try:
    d["x"]
except KeyError as e:
    print("KeyError", e)

k = weakref.WeakKeyDictionary()
x, y = Obj(3), Obj(4)
k[x] = 1; k[y] = 2
print(len(k), sorted(v for v in k.values()))
del x
print(len(k), list(k.values()))

s = weakref.WeakSet()
p, q = Obj(5), Obj(6)
s.add(p); s.add(q)
print(len(s), p in s)
del p
print(len(s), list(s))

def cb(r):
    print("callback", r() is None)
o = Obj(7)
r = weakref.ref(o, cb)
del o
print("after del", r())

o2 = Obj(8)
f = weakref.finalize(o2, print, "finalized", 8)
print(f.alive, f.peek()[0] is o2)
del o2
print(f.alive)

o3 = Obj(9)
f3 = weakref.finalize(o3, lambda: print("f3 run"))
print(f3())
print(f3.alive, f3())
f4 = weakref.finalize(Obj(10), print, "f4")
print(f4.detach() is not None, f4.alive)
p1 = weakref.proxy(Obj(11)) if False else None
o5 = Obj(12)
px = weakref.proxy(o5)
print(px.n)
del o5
try:
    px.n
except ReferenceError as e:
    print("ReferenceError", e)
o6 = Obj(13)
m = weakref.WeakMethod(o6.__init__)
print(m() is not None)
del o6
print(m())
print(weakref.getweakrefcount(Obj(1)))
o7 = Obj(14)
r1 = weakref.ref(o7); r2 = weakref.ref(o7)
print(r1 is r2, weakref.getweakrefcount(o7), len(weakref.getweakrefs(o7)))
f9 = weakref.finalize(Obj(15), print, "at exit?")
o10 = Obj(16)
f10 = weakref.finalize(o10, print, "at exit 16")
print("end")
import weakref, gc, asyncio

class Node:
    def __init__(self, name): self.name = name; self.other = None
    def __repr__(self): return f"Node({self.name})"

# a cycle collected by gc: callbacks run, WeakValueDictionary entries vanish
a, b = Node("a"), Node("b")
a.other, b.other = b, a
d = weakref.WeakValueDictionary(a=a, b=b)
r = weakref.ref(a, lambda wr: print("a collected"))
del a, b
print(len(d))
gc.collect()
print(len(d), r())

# WeakKeyDictionary as a cache keyed by objects
cache = weakref.WeakKeyDictionary()
k1 = Node("k1")
cache[k1] = "v1"
print(k1 in cache, cache[k1], len(cache))
del k1
print(len(cache))

# iteration guard: deleting while iterating
ws = weakref.WeakSet([Node("tmp")])
print(len(ws))
items = [Node(i) for i in range(3)]
ws = weakref.WeakSet(items)
for x in ws:
    pass
del x
del items[0]
print(len(ws), sorted(n.name for n in ws))

# callbacks order and exceptions in callbacks
o = Node("o")
r1 = weakref.ref(o, lambda wr: print("cb1"))
r2 = weakref.ref(o, lambda wr: print("cb2"))
r3 = weakref.ref(o)
print(weakref.getweakrefcount(o), r3 is weakref.ref(o), r1 == r2, r1 is r2)
print(repr(r3).split(";")[0][:9], "; to 'Node'" in repr(r3))
del o
print(repr(r3).endswith("; dead>"), r1 == r2)


# hash of a ref
o = Node("h")
rh = weakref.ref(o)
print(hash(rh) == hash(o))
del o
print(hash(rh) == hash(rh))
try:
    hash(weakref.ref(Node("x")))
except TypeError as e:
    print("TypeError", e)

# weakref to tasks / futures / functions / classes
async def main():
    t = asyncio.ensure_future(asyncio.sleep(0))
    rt = weakref.ref(t)
    await t
    print(rt() is t)
    f = asyncio.get_running_loop().create_future()
    print(weakref.ref(f)() is f)
asyncio.run(main())

def fn(): pass
print(weakref.ref(fn)() is fn)
class K: pass
rk = weakref.ref(K)
del K
gc.collect()
print(rk())

for v in (1, "s", (1,), [], {}, None, object()):
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)

class Slotted:
    __slots__ = ("a",)
class SlottedW:
    __slots__ = ("a", "__weakref__")
for c in (Slotted, SlottedW):
    try:
        weakref.ref(c()); print(c.__name__, "ok")
    except TypeError as e:
        print(e)

p = weakref.proxy(Node("px"))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
n = Node("live")
p = weakref.proxy(n)
print(p.name, repr(p).split(" ")[3], type(p).__name__, type(weakref.proxy(fn)).__name__, str(p))
m = weakref.WeakMethod(Node("m").__repr__)
print(m())
f = weakref.finalize(n, print, "finalizer ran")
print(f.alive)
del n, p
print(f.alive)
wd = weakref.WeakValueDictionary()
wd[1] = Node("x")
print(len(wd), wd.get(1))
print(weakref.ref.__name__, weakref.ref.__module__, type(weakref.ref(fn)))
print("end")
for o in [property(), str.join, len]:
    try:
        weakref.ref(o)
        print(type(o).__name__, "ok")
    except TypeError as e:
        print(e)
