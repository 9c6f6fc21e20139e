# A dataclass without a docstring gets __doc__ = "Name(signature)" as CPython builds it.
import typing
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import Optional, List, Dict, Union, Callable
import datetime


@dataclass
class Job:
    name: str
    retries: int = 3


@dataclass
class Documented:
    """Kept."""
    x: int


class Inner:
    pass


@dataclass
class Rich:
    a: Optional[int]
    b: List[str] = field(default_factory=list)
    c: Dict[str, "Inner"] = field(default_factory=dict)
    d: Union[int, str, None] = None
    e: Callable[[int], str] = str
    f: datetime.datetime = None
    g: Inner = None
    h: list[int] | None = None
    i: InitVar[int] = 0
    _: KW_ONLY
    k: float = 1.5
    s: str = "q'x"
    t: tuple = (1, 2)


@dataclass
class Empty:
    pass


@dataclass(init=False)
class NoInit:
    x: int


for cls in (Job, Documented, Rich, Empty, NoInit):
    print(cls.__doc__)

A = type("A", (), {})
A.__doc__ = "set"
print(A.__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print("TypeError:", e)
