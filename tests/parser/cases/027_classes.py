class A:
    pass

class B(A):
    x = 1

    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"B({self.x!r})"

class C(A, B, metaclass=Meta):
    pass

class D(*bases, **kw):
    pass

class E():
    "docstring"

class MyError(asyncio.CancelledError):
    def __init__(self, msg="cancelled"):
        super().__init__(msg)

class WithClassVar:
    count: int = 0
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return 1
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        self._value = v
