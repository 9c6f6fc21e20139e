@decorator
def f():
    pass

@decorator(arg)
@other.attr
@third[0]
def g():
    pass

@staticmethod
def s():
    pass

@property
def p(self):
    return self._p

@functools.wraps(func)
async def wrapper(*args, **kwargs):
    return await func(*args, **kwargs)

@dataclass
class C:
    x: int = 0

@(lambda f: f)
def weird():
    pass
