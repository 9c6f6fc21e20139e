# eval() compiles its source as an expression (compile()'s 'eval' mode), so its SyntaxErrors
# carry CPython's message, line, offset and text; compile() with 'exec', 'eval' and 'single';
# exec()/eval() of code objects; eval/exec in a function see its locals.
import sys
import traceback


def show(src, mode=None):
    try:
        if mode is None:
            r = eval(src, {"x": 1, "f": print, "a": 1, "b": 2})
        else:
            r = compile(src, "<src>", mode)
            r = "code " + r.co_name
        print(repr(src), mode, "->", repr(r))
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text),
              e.end_lineno, e.end_offset, "|", e)


cases = ["1 +", "x y", "", "a = 1", "   1 + 2", "  \t 3", "(1,\n2", "1\n+", "1 +\n", "\n1", "\n\n1 +",
         "1;2", "if x: pass", "yield 1", "await x", "x := 1", "(x := 1)", "1 if 2", "*a", "*a, b", "a, b",
         "a, b,", "f(**)", "1\n\n", "1 # c", "# c", "   ", "\t", "print(1", ")", "1)", "import os", "del x",
         "pass", "1 2 3", "'abc", "'''abc", "x.", "[1, 2", "{1: }", "1 + \\\n 2", "\\", " \n1", "1 \n 2",
         "f'{'", "f'{1 +}'", "a b c", "return 1", "None = 1", "def", "\n", "x\n\n\ny", "é é", "1\t+",
         "(1\n", "1 +  # hi", "(lambda: (yield)).__name__", "x if 1 else", "[i for i in]"]
for c in cases:
    show(c)

print("-- compile modes")
for src in ["x = ", "x = \n", "1 +", "x = 1", "x = 1 2", "if 1:\n  5", "if 1:\n  5\nx", "", "\n", "# c",
            "  x", "1;2", "1\n2", "1\n\n", "1 # c\n\n# d\n", "def f():\n  pass\n", "def f():\n  pass",
            "for x in []: pass", "(1,\n2", "1\n 2", "1\n\n  \n2", "return 1", "break", "nonlocal x",
            "(yield)", "'abc", "x = 1\ny = 0x", "a\n(1,\n2", "'''a\nb", "x = ¿", "1__2", "f(**)"]:
    for mode in ("exec", "eval", "single"):
        show(src, mode)

print("-- errors found past the parser: no text")
for src in ["x=1\nfrom __future__ import annotations", "from __future__ import braces",
            "from __future__ import nope", "def f():\n  x = 1\n  global x", "await x"]:
    show(src, "exec")

print("-- running code objects")
print(eval(compile("1 + 1", "f", "eval")))
print(exec(compile("1 + 1", "f", "eval")))
ns = {}
print(eval(compile("y = 1 + 1", "f", "exec"), ns), ns["y"])
exec(compile("1 + 2\n", "f", "single"))
exec(compile("None\n", "f", "single"))
exec(compile("'s'; 4", "f", "single"))
exec(compile("if 1:\n  5\n  6\n", "f", "single"))
print(_)
exec(compile("def g():\n  7\n", "f", "single"))
print(eval(compile("x * 2", "f", "eval"), {"x": 21}))
print(eval(b"  1+2"), eval("\t 2*3"))
code = compile("q = 5\nprint(q, __name__)", "myfile", "exec")
exec(code, {"__name__": "zz"})
print(code.co_name, code.co_filename)
print(eval((lambda: 42).__code__))


def outer():
    a = 1

    def inner():
        return a
    return inner


def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: exec(outer().__code__))
t(lambda: eval(outer().__code__))
t(lambda: exec(outer().__code__, {}, None, closure=outer().__closure__))
t(lambda: exec("1", closure=()))
t(lambda: exec(compile("1", "f", "exec"), closure=()))



def gen():
    yield 1


async def coro():
    return 1


def needs_arg(a):
    return a


for fn in (gen, coro, needs_arg):
    try:
        r = eval(fn.__code__)
        print(type(r).__name__)
        r.close()
    except TypeError as e:
        print(type(e).__name__, e)

print("-- argument errors")
t(lambda: exec("x", 1))
t(lambda: exec("x", {}, 1))
t(lambda: exec(1))
t(lambda: eval(1))
t(lambda: eval("x", 1))
t(lambda: eval("x", {}, 1))
t(lambda: eval("x", None, 1))
t(lambda: eval("1", []))
t(lambda: exec("x\0"))
t(lambda: eval("x\0"))
t(lambda: compile("x", "f", "bad"))
t(lambda: compile(1, "f", "exec"))
t(lambda: compile("x", 1, "exec"))
t(lambda: compile("x", "f", 1))
t(lambda: compile("x", "f", "exec", 12345678))
t(lambda: compile("x", "f", "exec", 0, False, 5))
t(lambda: exec("1", globals=None))
t(lambda: eval("1", globals={}))
t(lambda: eval(source="1"))
t(lambda: eval())
t(lambda: eval("1", {}, {}, {}))
t(lambda: exec())
t(lambda: compile())
t(lambda: compile("1", "f"))
t(lambda: compile("x y", b"bytes_name", "eval"))

print("-- locals of the calling function")


def uses_locals():
    y = 5
    print(eval("y + 1"))
    exec("print(y * 2)")
    try:
        print(eval("[y + i for i in range(2)]"))
    except NameError as e:
        print("NameError", e)


uses_locals()

print("-- tracebacks")
for src in ['eval("1 +")', 'exec("return 1")', 'eval("x y")', 'eval("(1,\\n2")', 'eval("  x  y")',
            'compile("a\\nb c", "foo.py", "exec")', 'exec("x = [1,\\n 2 3]")', 'exec("\\tx = 1 2")',
            'raise SyntaxError("boom", ("f", 2, 3, "abcdef\\n", 2, 6))',
            'raise SyntaxError("", ("f", None, 3, "abcdef\\n", 2, 6))',
            'raise IndentationError("boom", ("f", 2, 3, "abcdef\\n", 2, 6))']:
    try:
        exec(src)
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(type(e), e)), end="")
sys.stdout.flush()
eval("x = (1,\n 2 3)")
