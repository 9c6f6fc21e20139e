# classmethod / staticmethod over @abstractmethod stay abstract; both copy the wrapped
# function's metadata (3.10+) and show it in their repr.
from abc import ABC, abstractmethod


class Repo(ABC):
    @classmethod
    @abstractmethod
    def create(cls): ...

    @staticmethod
    @abstractmethod
    def version(): ...

    @property
    @abstractmethod
    def name(self): ...


class Impl(Repo):
    pass


class Done(Repo):
    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2

    @property
    def name(self):
        return "done"


try:
    Impl()
except TypeError as e:
    print(e)
print(sorted(Repo.__abstractmethods__), sorted(Done.__abstractmethods__))
print(Done.create().name, Done.version())


def f():
    "doc f"


cm, sm = classmethod(f), staticmethod(f)
for o in (cm, sm):
    print(o.__func__ is f, o.__wrapped__ is f, o.__name__, o.__doc__, o.__qualname__,
          o.__isabstractmethod__, o.__annotations__)
print(sm(), callable(sm), repr(sm).startswith("<staticmethod(<function f at 0x"), repr(sm).endswith(">)>"))
print(repr(cm).startswith("<classmethod(<function f at 0x"))
print(repr(classmethod(len)), repr(staticmethod(len)))
print(classmethod(len).__doc__ == len.__doc__, staticmethod(len).__name__)
