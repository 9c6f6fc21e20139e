# typing: reprs of generic aliases, Optional/Union, Callable, TypeVar, Literal, get_type_hints, and annotations at runtime.
import typing
from typing import Any, Callable, Dict, List, Literal, Optional, Tuple, TypeVar, Union

T = TypeVar("T")
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Union[int, None])
print(Callable[[int, str], bool], Tuple[int, ...], Literal["a", "b"], Any, T)
print(list[int], dict[str, tuple[int, float]], int | None, type(int | str).__name__)


def greet(name: str, times: int = 1) -> List[str]:
    return [f"hi {name}"] * times


print(greet.__annotations__)
print(typing.get_type_hints(greet))


class Box(typing.Generic[T]):
    def __init__(self, item: T):
        self.item = item


print(Box[int], Box(3).item, typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
Alias = Optional[List["Box[int]"]]
print(Alias)
print(isinstance([], typing.Sequence), typing.TYPE_CHECKING)
