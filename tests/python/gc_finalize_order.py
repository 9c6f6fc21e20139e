# The collector finalizes garbage in the order of its list, which collections reorder as CPython's
# move_unreachable does (an object kept only by its referrers moves after them); a finalizer that
# drops the last reference to another object of the garbage frees it there and then.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.items = []

    def __del__(self):
        print("del", self.name, [i.name for i in self.items])
        self.items.clear()
        print("cleared", self.name)


class Leaf:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("leaf del", self.name)


def build():
    a = Node("a")
    b = Node("b")
    a.peer, b.peer = b, a
    a.items.append(Leaf("x"))
    b.items.append(Leaf("y"))
    a.items.append(b)
    return a


gc.disable()
root = build()
print("built")
del root
print("collected", gc.collect() > 0)


class Holder:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("holder del", self.name)


def chain():
    third = Holder("third")
    second = Holder("second")
    first = Holder("first")
    first.next = second
    second.fwd = third
    return first


keep = chain()
before = chain()
del before
gc.collect()
print("survived", keep.next.fwd.name)
del keep
gc.collect()
print("end")
