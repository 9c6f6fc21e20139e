# copy: shallow and deep copies (copy, deepcopy with a memo, __copy__ / __deepcopy__ hooks,
# __reduce_ex__ / __getstate__ / __setstate__ for other objects).

import builtins
import types
import _loopscope

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, getattr(builtins, 'complex', int), str,
           bytes, type, range, types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           types.FunctionType, property)


def _is_atomic(x):
    cls = type(x)
    for t in _atomic:
        if cls is t:
            return True
    return isinstance(x, type)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is None:  # a string from __reduce_ex__: the object is a global, copied as itself
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls):
    reductor = getattr(cls, "__reduce_ex__", None)
    rv = None
    if reductor is not None and reductor is not getattr(object, '__reduce_ex__', None):
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, "__reduce__", None)
        if reductor is not None and reductor is not getattr(object, '__reduce__', None):
            rv = reductor(x)
    if rv is None:
        return _default_reduce(x, cls)
    if isinstance(rv, str):
        return None
    return rv


def _default_reduce(x, cls):
    # object.__reduce_ex__(4): rebuild with cls.__new__ and restore the state.
    if not _loopscope.instantiable(cls):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    if True:
        getstate = getattr(x, '__getstate__', None)
        state = None
        if getstate is not None and getattr(type(x), '__getstate__', None) is not getattr(object, '__getstate__', None):
            state = getstate()
        else:
            d = getattr(x, '__dict__', None)
            slots = {}
            for name in _slotnames(cls):
                if hasattr(x, name):
                    slots[name] = getattr(x, name)
            if d and slots:
                state = (dict(d), slots)
            elif slots:
                state = (None, slots)
            elif d:
                state = dict(d)
        args = ()
        getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
        if getnewargs_ex is not None:
            # copyreg.__newobj_ex__: keyword arguments for __new__ as well.
            args, kwargs = getnewargs_ex()
            if kwargs:
                return (_new_object_ex, (cls, tuple(args), dict(kwargs)), state,
                        iter(x) if isinstance(x, list) else None,
                        iter(x.items()) if isinstance(x, dict) else None)
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs_ex is None and getnewargs is not None:
            args = getnewargs()
        listitems = iter(x) if isinstance(x, list) else None
        dictitems = iter(x.items()) if isinstance(x, dict) else None
        return (_new_object, (cls,) + tuple(args), state, listitems, dictitems)


def _slotnames(cls):
    # copyreg._slotnames: every class's __slots__, private names mangled, without
    # __dict__ and __weakref__.
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _new_object_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _new_object(cls, *args):
    if isinstance(cls, type) and issubclass(cls, (list, dict, set)):
        return cls.__new__(cls)
    return cls.__new__(cls, *args)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is types.MethodType:
        y = type(x)(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if rv is None:
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and getattr(type(y), '__setstate__', None) is not None:
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
