from typing import Generic, TypeVar, Protocol
T = TypeVar("T"); U = TypeVar("U")
class Box(Generic[T]): pass
class Pair(Generic[T, U]): pass
class IntBox(Box[int]): pass
class Mixed(Box[T], Generic[T]): pass
class P(Protocol[T]): pass
print(Box[int], Pair[int, str], Mixed[str], P[int], Box[Pair[int, T]])
for f in [lambda: Box[int, str], lambda: Pair[int], lambda: IntBox[int], lambda: Generic[int], lambda: Box[()]]:
    try: print(f())
    except TypeError as e: print("TypeError:", e)
try: Generic[()]
except TypeError as e: print(e)
