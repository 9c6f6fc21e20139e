# Built-in (C) types of modules: error messages and repr(type) show CPython's tp_name
# ("_asyncio.Task", "collections.deque"), __name__/__qualname__ the part after the last dot,
# __module__ the part before. Classes of the program and reprs of instances are unchanged.
import asyncio
import collections
import datetime
import functools
import hashlib
import io
import itertools
import operator
import os
import queue
import re
import sys
import threading
import time
import types
import weakref


def show_type(t):
    print(repr(t), t.__name__, t.__qualname__, t.__module__)
    try:
        t.nope
    except AttributeError as e:
        print(' ', e)


def show_errors(o):
    for f in (lambda: o + 1, lambda: o.nope, lambda: len(o), lambda: o[0], lambda: o < 1, lambda: -o):
        try:
            f()
        except (TypeError, AttributeError, LookupError, ValueError) as e:
            print(' ', type(e).__name__, e)


objs = [
    collections.deque(), collections.OrderedDict(), collections.defaultdict(int), collections.Counter(),
    itertools.count(), itertools.chain(), itertools.repeat(1), itertools.islice([], 1),
    itertools.groupby([]), itertools.tee([])[0], itertools.product(), itertools.zip_longest(),
    functools.partial(print), functools.cmp_to_key(lambda a, b: 0)(1),
    operator.itemgetter(1), operator.attrgetter('a'), operator.methodcaller('m'),
    re.compile('a'), re.match('a', 'a'),
    datetime.date(2024, 1, 1), datetime.datetime(2024, 1, 1), datetime.time(1), datetime.timedelta(1),
    datetime.timezone.utc, datetime.date(2024, 1, 1).isocalendar(),
    io.StringIO(), io.BytesIO(), sys.stdout, types.SimpleNamespace(),
    queue.SimpleQueue(), time.gmtime(0), sys.version_info, os.terminal_size((80, 24)),
    hashlib.sha256(), threading.local(), threading.Lock(), threading.RLock(),
]
for o in objs:
    show_type(type(o))
    show_errors(o)
show_type(type(int | str))
show_type(type(list[int]))


class Mine(collections.deque):
    pass


class Dt(datetime.datetime):
    pass


show_type(Mine)
show_errors(Mine())
show_type(Dt)
print(Dt(2024, 1, 1) - 5 if False else repr(Dt(2024, 1, 1)))
print(repr(collections.deque([1])), repr(collections.OrderedDict(a=1)), repr(functools.partial(max, 1)))
print(repr(datetime.datetime(2024, 1, 2, 3, 4)), repr(datetime.timedelta(2)), repr(itertools.count(3)))
try:
    datetime.date(2024, 1, 1) - "x"
except TypeError as e:
    print(e)
try:
    datetime.datetime(2024, 1, 1) < 3
except TypeError as e:
    print(e)
try:
    functools.partial()
except TypeError as e:
    print(e)
Mine.__name__ = 'Renamed'
print(Mine.__name__, Mine.__qualname__, repr(Mine))


async def fetch():
    await asyncio.sleep(0.1)
    return {"status": 200}


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(fetch(), name='fetcher')
    print(repr(fut), repr(task).split(' coro=')[0])
    for t in (type(fut), type(task), type(loop), asyncio.Queue, asyncio.Lock, asyncio.Event):
        show_type(t)
    for o in (fut, task, loop, asyncio.Queue(), asyncio.Lock(), asyncio.Event()):
        show_errors(o)
    print(asyncio.Future.cancel.__qualname__, asyncio.Task.get_name.__qualname__)
    fut.cancel()
    await task
    try:
        task["status"]
    except TypeError as e:
        print(e)
    print(repr(task).split(' coro=')[0])

    class MyFuture(asyncio.Future):
        pass

    mf = MyFuture()
    mf.set_result(1)
    print(repr(mf))
    show_type(MyFuture)


asyncio.run(main())
t = None


async def boom():
    t.nope


try:
    asyncio.run(boom())
except AttributeError as e:
    print(e)
try:
    raise re.error('bad')
except re.error as e:
    print(repr(e), type(e).__module__)
