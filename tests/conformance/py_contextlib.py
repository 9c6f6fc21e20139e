# contextlib: contextmanager (setup/teardown, exceptions inside), suppress, ExitStack callbacks order, closing, nullcontext.
import contextlib


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  {name} handled KeyError {e}")
    finally:
        print(f"</{name}>")


with tag("a") as t:
    print("  inside", t)
with tag("b"):
    {}["k"]
print("after b")
try:
    with tag("c"):
        raise ValueError("not handled")
except ValueError as e:
    print("ValueError escaped:", e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("not reached")
print("suppressed")
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("stacked"))
    print("body of stack")


class Resource:
    def close(self):
        print("Resource closed")


with contextlib.closing(Resource()):
    print("using resource")
with contextlib.nullcontext(5) as n:
    print("nullcontext gives", n)
