# itertools: iterator building blocks with CPython's results, reprs and error messages.

import sys as _sys
from _loopscope import builtin_type as _builtin_type

# What CPython writes in C: the loader hides these frames as C calls (see core/modules/registry.cpp).
__native__ = ('*',)

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _is_number(x):
    try:
        x + 0
    except TypeError:
        return False
    return True


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return type(self), (self._n,)
        return type(self), (self._n, self._step)


class cycle:
    """cycle(iterable) --> the items of iterable, then again, forever."""
    __slots__ = ('_it', '_saved', '_index', '_first')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object [,times]) --> object, times times or forever."""
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times > 0:
            self._times -= 1
            return self._obj
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


class accumulate:
    """accumulate(iterable, func=operator.add, *, initial=None) --> running totals."""
    __slots__ = ('_it', '_func', '_total', '_initial', '_started')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = None
        self._initial = initial
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            self._started = True
            return self._total
        value = next(self._it)
        if not self._started:
            self._started = True
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """chain(*iterables) --> the items of the first iterable, then of the next..."""
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress:
    """compress(data, selectors) --> the items of data whose selector is true."""
    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile:
    """dropwhile(predicate, iterable) --> the items after the first for which predicate fails."""
    __slots__ = ('_pred', '_it', '_dropping')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            for item in self._it:
                if not self._pred(item):
                    self._dropping = False
                    return item
            raise StopIteration
        return next(self._it)


class takewhile:
    """takewhile(predicate, iterable) --> items while predicate(item) is true."""
    __slots__ = ('_pred', '_it', '_done')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable) --> the items for which function(item) is false."""
    __slots__ = ('_pred', '_it')

    def __init__(self, function, iterable, /):
        self._pred = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for item in self._it:
            if not (item if pred is None else pred(item)):
                return item
        raise StopIteration


class starmap:
    """starmap(function, iterable) --> function(*args) for each args tuple of iterable."""
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if not isinstance(args, tuple):
            try:
                args = tuple(args)
            except TypeError:
                raise TypeError('iterator should return tuples') from None
        return self._func(*args)


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _marker:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = _marker
        return value


_marker = object()


class groupby:
    """groupby(iterable, key=None) --> (key, sub-iterator) for each run of equal keys."""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


def _check_index(value, what):
    if value is None:
        return None
    try:
        i = value.__index__()
    except AttributeError:
        i = -1
    if not isinstance(i, int) or i < 0 or i > _sys.maxsize:
        raise ValueError(what)
    return i


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> selected items."""
    __slots__ = ('_it', '_next', '_stop', '_step', '_count')

    def __init__(self, iterable, *args):
        n = len(args)
        if n == 1:
            start, stop, step = None, args[0], None
            stop = _check_index(stop, 'Stop argument for islice() must be None or an integer: '
                                      '0 <= x <= sys.maxsize.')
        elif 2 <= n <= 3:
            start, stop = args[0], args[1]
            step = args[2] if n == 3 else None
            start = _check_index(start, 'Indices for islice() must be None or an integer: '
                                        '0 <= x <= sys.maxsize.')
            stop = _check_index(stop, 'Stop argument for islice() must be None or an integer: '
                                      '0 <= x <= sys.maxsize.')
        elif n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        else:
            raise TypeError('islice expected at most 4 arguments, got %d' % (n + 1))
        if step is not None:
            try:
                step = step.__index__()
            except AttributeError:
                step = -1
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start or 0
        self._stop = stop
        self._step = step or 1
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._count < self._next:
            if stop is not None and self._count >= stop:
                self._it = None
                raise StopIteration
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._count += 1
        if stop is not None and self._count >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise:
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""
    __slots__ = ('_it', '_old')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._old is _marker:
            try:
                self._old = next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            raise
        result = (self._old, new)
        self._old = new
        return result


class zip_longest:
    """zip_longest(*iterables, fillvalue=None) --> tuples until the longest is exhausted."""
    __slots__ = ('_its', '_active', '_fill')

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(self._its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._its[i] = None
                result.append(self._fill)
        return tuple(result)


class product:
    """product(*iterables, repeat=1) --> cartesian product tuples."""
    __slots__ = ('_pools', '_indices', '_result', '_done')

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._result = None
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            for pool in pools:
                if not pool:
                    self._done = True
                    raise StopIteration
            self._indices = [0] * len(pools)
            self._result = [pool[0] for pool in pools]
            return tuple(self._result)
        indices = self._indices
        result = self._result
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] == len(pool):
                indices[i] = 0
                result[i] = pool[0]
                i -= 1
            else:
                result[i] = pool[indices[i]]
                return tuple(result)
        self._done = True
        raise StopIteration


class permutations:
    """permutations(iterable, r=None) --> successive r-length permutations."""
    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_first', '_done')

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        elif r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        if n == 0:
            self._done = True
            raise StopIteration
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[i] for i in indices[:r])
        self._done = True
        raise StopIteration


class combinations:
    """combinations(iterable, r) --> successive r-length combinations, in order."""
    __slots__ = ('_pool', '_r', '_indices', '_first', '_done')

    def __init__(self, iterable, r):
        if not isinstance(r, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r) --> r-length combinations allowing repeats."""
    __slots__ = ('_pool', '_r', '_indices', '_first', '_done')

    def __init__(self, iterable, r):
        if not isinstance(r, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not self._pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    __slots__ = ('_it', '_link')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)




def tee(iterable, n=2, /):
    """tee(iterable, n=2) --> tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
             filterfalse, starmap, groupby, islice, pairwise, zip_longest, product,
             permutations, combinations, combinations_with_replacement, _tee, _grouper):
    _builtin_type(_cls, 'itertools.' + _cls.__name__)
del _cls
