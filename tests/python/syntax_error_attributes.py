# SyntaxError details from exec(): msg, lineno, offset, end_lineno, end_offset, and the
# compiler's checks (__debug__ targets, except* control flow, global annotations).
cases = [
    "x = (1, 2",
    "try:\n    pass",
    "{**x for x in y}",
    "global x\nx: int",
    "__debug__ = 1",
    "del __debug__",
    "for __debug__ in x: pass",
    "import os as __debug__",
    "from os import path as __debug__",
    "class __debug__: pass",
    "def __debug__(): pass",
    "def f(a, *, __debug__): pass",
    "lambda **__debug__: 1",
    "f(**{}, __debug__=1)",
    "(__debug__ := 1)",
    "x, __debug__ = 1, 2",
    "__debug__ += 1",
    "__debug__: int",
    "x.__debug__ = 1",
    "try:\n    pass\nexcept E as __debug__:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "try:\n    pass\nexcept* ValueError:\n    continue\n",
    "for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return -1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return x\n",
    "x = 1\nnonlocal x",
    "nonlocal x",
    "def f():\n    from os import *",
    "def f():\n    global x\n    x: int",
]
for s in cases:
    try:
        exec(s, {})
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
e = SyntaxError("m", ("f.py", 1, 2, "t", 3, 4))
print(e.end_lineno, e.end_offset, e.args)
e.end_offset = 9
print(e.end_lineno, e.end_offset)
print(SyntaxError("m").end_offset, SyntaxError("m", ("f", 1, 2, "t")).end_lineno)
