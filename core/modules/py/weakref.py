# weakref: ref, proxy, WeakSet, WeakValueDictionary, WeakKeyDictionary, finalize.
# LoopScope's interpreter has no weak references yet: these objects hold STRONG references,
# so referents stay alive while referenced here and callbacks / finalizers run only when
# called explicitly (finalize.__call__) — never because the referent was collected.

import itertools
from _loopscope import builtin_type as _builtin_type
from _collections_abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    """ref(object[, callback]) -- a reference to object (strong in LoopScope)."""
    __slots__ = ('_obj', '__callback__', '_hash')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self.__callback__ = callback
        self._hash = None

    def __call__(self):
        return self._obj

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __repr__(self):
        o = self._obj
        name = getattr(type(o), '__name__', '?')
        return '<weakref at %#x; to %r at %#x>' % (id(self), name, id(o))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ref = ReferenceType
_builtin_type(ReferenceType, 'weakref.ReferenceType')


class WeakMethod(ReferenceType):
    """A custom weakref.ref subclass which simulates a weak reference to a bound method."""
    __slots__ = ('_func',)

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        super().__init__(obj, callback)
        self._func = func

    def __call__(self):
        return self._func.__get__(self._obj, type(self._obj))


class ProxyType:
    __slots__ = ('_obj',)

    def __init__(self, obj):
        object.__setattr__(self, '_obj', obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_obj'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_obj'), name, value)

    def __repr__(self):
        o = object.__getattribute__(self, '_obj')
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(object.__getattribute__(self, '_obj'))

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_obj')(*args, **kwargs)


CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """Create a proxy object that weakly references 'object'."""
    return ProxyType(obj)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(MutableMapping):
    """Mapping class that references values weakly (strongly in LoopScope)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        return WeakValueDictionary(self.data)

    def itervaluerefs(self):
        for v in list(self.data.values()):
            yield ref(v)

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]


class WeakKeyDictionary(MutableMapping):
    """Mapping class that references keys weakly (strongly in LoopScope)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            return key in self.data
        except TypeError:
            return False

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        return WeakKeyDictionary(self.data)

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet(MutableSet):
    """A set of objects referenced weakly (strongly in LoopScope), in insertion order."""

    def __init__(self, data=None):
        self.data = {}
        if data is not None:
            for item in data:
                self.add(item)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def add(self, item):
        self.data[item] = None

    def discard(self, item):
        self.data.pop(item, None)

    def remove(self, item):
        del self.data[item]

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if not self.data:
            raise KeyError('pop from empty WeakSet')
        item = next(iter(self.data))
        del self.data[item]
        return item

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return self.__class__(x for x in self if x not in other)

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        return self.__class__(itertools.chain(self, other))

    __or__ = union

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self.data) == set(other.data)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, set(self.data))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class finalize:
    """Class for finalization of weakrefable objects: the callback runs once, when called
    (or at exit if atexit is true)."""

    _registry = {}
    _index_iter = itertools.count()

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise return None"""
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                      type(obj).__name__, id(obj))


_builtin_type(ProxyType, 'weakref.ProxyType')
