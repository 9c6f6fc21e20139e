# typing: subscripted aliases print like CPython (typing.Optional[int], ~T, typing.Callable[...])
from typing import *
import typing
T = TypeVar('T')
print(Any, Optional[int], Union[int, str], Union[int], Union[int, Union[str, float]], List[int])
print(Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str], Set[int], FrozenSet[str])
print(Callable[[int, str], bool], Callable[..., Any], Literal['a', 1], ClassVar[int], Final[str], Type[int])
print(Optional[List[str]], Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[int], Iterable[T])
print(T, TypeVar('U', bound=int), TypeVar('V_co', covariant=True), List[T], List[T][int], Dict[str, T][int])
print(typing.List, typing.Dict, typing.Iterable, typing.Deque[int], typing.DefaultDict[str, int])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Optional[int]) is Union, get_args(int))
print(cast(int, 'x'), TYPE_CHECKING, typing.Text, typing.AnyStr, Annotated[int, 'meta'])
try:
    Union[()]
except TypeError as e:
    print(e)
