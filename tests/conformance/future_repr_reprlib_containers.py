# A future's result and a handle's arguments are shown with reprlib.repr: dict keys and set
# items sorted when they compare (_possibly_sorted), sets/frozensets/deques cut after 6 items,
# dicts after 4, and an object whose __repr__ raises shown as '<Name instance at 0x...>'.
import asyncio
import collections
import re


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr for you")


class MyList(list):
    pass


def show(o):
    print(re.sub(r" at 0x[0-9a-f]+", " at ADDRESS", repr(o)))


async def main():
    loop = asyncio.get_running_loop()
    values = [
        {"b": 1, "a": 2, "c": {"z": 1, "y": 2}},
        {"k%d" % i: i for i in range(7, 0, -1)},
        {1: "one", "two": 2},
        {3, 1, 2},
        set(range(10, 0, -1)),
        {(2, 1), (1, 2)},
        {1, "a"} and {"b", "a"},
        frozenset({"b", "a"}),
        frozenset(),
        set(),
        collections.deque([3, 1, 2]),
        collections.deque(range(10)),
        collections.deque(),
        MyList([3, 1, 2]),
        [BadRepr()],
        b"bytes" * 10,
        ((((((((1,),),),),),),),),
        [{5, 4}, {"y": 1, "x": 2}],
    ]
    for v in values:
        f = loop.create_future()
        f.set_result(v)
        show(f)
    h = loop.call_soon(print, {"b": 1, "a": 2}, {9, 8, 7})
    show(h)
    h.cancel()


asyncio.run(main())
