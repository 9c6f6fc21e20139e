# typing: Generic and Protocol classes, runtime_checkable, overload, NewType, get_type_hints
from typing import Generic, TypeVar, Protocol, runtime_checkable, overload, NewType, get_type_hints, List, Optional
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int](); s.push(1); print(s.items, Stack.__parameters__, [c.__name__ for c in Stack.__mro__])
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(1, Closable))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3))
UserId = NewType('UserId', int); print(UserId(5), UserId.__name__)
def g(a: int, b: 'str' = 'x') -> Optional[int]:
    pass
print(get_type_hints(g))
try:
    Generic[int]
except TypeError as e:
    print(e)
