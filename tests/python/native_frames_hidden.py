# Stdlib functions CPython writes in C leave no frame behind: tracebacks, f_back,
# sys._getframe, traceback.extract_stack, warnings' stacklevel and logging's caller.
import bisect
import functools
import heapq
import itertools
import logging
import operator
import sys
import traceback
import warnings
from collections import OrderedDict, defaultdict, deque


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)
    print("--")


@functools.lru_cache(maxsize=None)
def cached(k):
    return {"a": 1}[k]


@functools.cache
def cached2(k):
    return 1 / k


def div(a, b):
    return a / b


show(lambda: cached("b"))
show(lambda: cached2(0))
show(lambda: functools.reduce(lambda a, b: a + b, [1, "x"]))
show(lambda: functools.partial(div, 1)(0))
show(lambda: sorted([3, 1], key=functools.cmp_to_key(lambda a, b: a / 0)))
show(lambda: sorted([{"a": 1}, {}], key=operator.itemgetter("a")))
show(lambda: operator.attrgetter("x.y")(div))
show(lambda: operator.methodcaller("index", 9)([1]))
show(lambda: operator.add(1, "x"))
d = defaultdict(lambda: int("x"))
show(lambda: d["k"])
show(lambda: deque([1, 2], maxlen=2).remove(5))
show(lambda: OrderedDict(a=1).move_to_end("z"))
show(lambda: bisect.insort([1, "a"], 3))
show(lambda: bisect.bisect_left([1, 2], None))
show(lambda: heapq.heappush([1, 2], "x"))
show(lambda: heapq.heappop([]))
show(lambda: [k for k, g in itertools.groupby([1, 2, 0], key=lambda x: 1 / x)])
show(lambda: list(itertools.starmap(div, [(1, 0)])))
show(lambda: list(itertools.accumulate([1, 0], lambda a, b: a / b)))
show(lambda: list(itertools.filterfalse(lambda x: 1 / x, [0])))
show(lambda: list(itertools.takewhile(lambda x: 1 / x, [0])))
show(lambda: next(itertools.islice([1], "a", None)))


# Frames seen from inside a function called by a C-implemented one.
def where():
    print("caller:", sys._getframe(1).f_code.co_name, sys._getframe().f_back.f_code.co_name)
    print("stack:", [f.name for f in traceback.extract_stack()])
    warnings.warn("careful", UserWarning, stacklevel=2)
    logging.getLogger("t").warning("logged")
    return 0


def outer():
    functools.partial(where)()
    list(map(where, []))
    functools.reduce(lambda a, b: where(), [1, 2])


logging.basicConfig(format="%(funcName)s:%(lineno)d %(message)s", stream=sys.stdout)
warnings.showwarning = lambda m, c, f, l, *a: print("warning:", m, "line", l)
outer()
