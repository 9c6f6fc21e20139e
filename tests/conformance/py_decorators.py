# Decorators: stacked application order, decorators with arguments, class decorators, and decorators that count calls.
import functools


def trace(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            print(f"  [{label}] enter {fn.__name__}{a}")
            r = fn(*a)
            print(f"  [{label}] exit -> {r}")
            return r
        return wrapper
    return deco


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper


@trace("outer")
@trace("inner")
@counted
def mul(a, b):
    return a * b


print(mul(3, 4))
print(mul.__name__, mul.__wrapped__.__wrapped__.calls)
registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    cls.registered = True
    return cls


@register
class Plugin:
    pass


print(registry, Plugin.registered)
