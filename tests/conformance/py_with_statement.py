# with-statements: __enter__/__exit__ order, exit arguments, suppressing exceptions by returning True, multiple managers.
class Managed:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Managed("a") as v:
    print("body with", v)
with Managed("outer", suppress=True), Managed("inner") as w:
    print("body", w)
    raise RuntimeError("boom")
print("after suppressed")
try:
    with Managed("x"):
        1 / 0
except ZeroDivisionError:
    print("propagated")
with (Managed("p") as p, Managed("q") as q):
    print(p, q)
