# contextvars without asyncio: ContextVar (name, default, get/set/reset), Token (var, old_value,
# MISSING), Context (copy_context, run, the mapping protocol) and the errors, as CPython 3.11.
import contextvars
import re
from contextvars import Context, ContextVar, Token, copy_context


def addr(s):
    return re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(s))


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f"  {type(e).__name__}: {addr(e)}")
    else:
        print("  ->", addr(repr(r)))


print(contextvars.__all__, sorted(n for n in dir(contextvars) if not n.startswith("_")))
print(ContextVar, Token, Context, ContextVar.__module__, Context.__name__)
print(addr(repr(ContextVar("plain"))), addr(repr(ContextVar("d", default=[1, "x"]))))
print(repr(Token.MISSING), ContextVar[int], Token[str])

# --- get / set / reset --------------------------------------------------------
v = ContextVar("v")
d = ContextVar("d", default=10)
print(v.name, d.name, d.get(), d.get(99), v.get(None), v.get("fallback"))
try:
    v.get()
except LookupError as e:
    print("LookupError:", addr(e), e.args[0] is v, type(e).__name__)

t1 = v.set(1)
print(v.get(), t1.var is v, t1.old_value is Token.MISSING, t1.MISSING is Token.MISSING, addr(repr(t1)))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print("after reset t2:", v.get())
print("used token repr:", addr(repr(t2)))
attempt(v.reset, t2)        # already used
v.reset(t1)
print("after reset t1:", v.get("unset"))
attempt(d.reset, v.set(5))  # token of another ContextVar
attempt(v.reset, "token")
attempt(v.set)
attempt(v.get, 1, 2)
attempt(v.set, 1, 2)
attempt(ContextVar, 42)
attempt(ContextVar)
attempt(Token)
attempt(setattr, v, "name", "other")
attempt(setattr, t1, "var", v)

# --- Context ------------------------------------------------------------------
ctx = copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, d in ctx, ctx[v], ctx.get(d), ctx.get(d, "no"))
print(sorted(k.name for k in ctx), sorted(k.name for k in ctx.keys()), list(ctx.values()))
print([(k.name, val) for k, val in ctx.items()])
attempt(ctx.__getitem__, d)
attempt(ctx.__getitem__, "v")
attempt(ctx.__contains__, 1)
attempt(ctx.get, 1)
attempt(Context, 1)
attempt(hash, ctx)
print("empty:", len(Context()), list(Context()), Context() == Context(), ctx == copy_context(), ctx != Context())


def in_context(label, value):
    print(f"  {label}: v={v.get('unset')} d={d.get()}")
    tok = d.set(value)
    print(f"  {label}: set d={d.get()} (old {tok.old_value})")
    return label.upper()


print("run:", ctx.run(in_context, "first", 100))
print("outside: d =", d.get())
print("ctx[d] =", ctx[d], "len", len(ctx))
print("run again:", ctx.run(in_context, label="second", value=200))
print("copy is equal:", ctx.copy() == ctx, ctx.copy() is ctx)

# a token is bound to the context it was made in
tok = ctx.run(d.set, 7)
attempt(d.reset, tok)
ctx.run(d.reset, tok)
print("ctx[d] after reset in it:", ctx[d])

# entering a context that is already entered
attempt(ctx.run, ctx.run, print, "nested")
attempt(ctx.run)


def nested():
    inner = copy_context()
    inner.run(d.set, "inner only")
    print("  inner:", inner[d], "current:", d.get())


ctx.run(nested)

# each copy is a snapshot; changes in one do not leak into another
a = copy_context()
v.set("x")
b = copy_context()
print("a has v:", v in a, "b has v:", v in b, "b[v] =", b[v])
b.run(v.set, "y")
print("b[v] =", b[v], "current v =", v.get(), "a has v:", v in a)

# the mapping protocol holds any values, including the context itself
holder = ContextVar("holder")
c2 = Context()
c2.run(holder.set, c2)
print("self-reference:", c2[holder] is c2)

# generators run in the context of whoever resumes them
g = ContextVar("g", default="base")


def gen():
    while True:
        yield g.get()


it = gen()
print(next(it), Context().run(lambda: (g.set("in ctx"), next(it))[1]), next(it))
