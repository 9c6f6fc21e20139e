def f():
    pass

def g(a, b):
    return a + b

def h(a, b=1, *args, c, d=2, **kwargs):
    return

def pos_only(a, b, /, c, *, d):
    pass

def pos_only_defaults(a=1, b=2, /, c=3):
    pass

def kw_only(*, a, b=1):
    pass

def varargs_only(*args):
    pass

def kwargs_only(**kwargs):
    pass

def annotated(a: int, b: str = "x", *args: int, c: bool = True, **kw: dict) -> list[int]:
    return []

def trailing_comma(
    a,
    b,
):
    pass

def docstring():
    """A docstring."""
    return None

def slash_only(a, /):
    pass
