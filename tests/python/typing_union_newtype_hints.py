# typing as CPython 3.11: NewType is a class (repr module.qualname, no subclassing), Union[X, Y]
# equals and hashes like X | Y, get_type_hints evaluates nested forward references and strips
# Annotated unless include_extras, get_origin/get_args; hash(x) is x.__hash__() when it fits.
import typing
from typing import NewType, Union, Optional, Annotated, get_type_hints, get_origin, get_args, List, Dict, Callable, Literal, Tuple, Any
UserId = NewType("UserId", int)
print(repr(UserId), UserId.__name__, UserId.__qualname__, UserId.__module__, UserId.__supertype__, UserId(5))
class Outer:
    Inner = NewType("Inner", str)
print(repr(Outer.Inner))
print(int | str == Union[int, str], Union[int, str] == int | str, int | None == Optional[int])
print(repr(int | str), repr(Union[int, str]), repr(Optional[int]), repr(int | None))
print(type(int | str), type(Union[int, str]))
print(hash(int | str) == hash(Union[int, str]))
print(get_origin(int | str), get_args(int | str), get_origin(Union[int, str]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(list[int]), get_args(list[int]))
print(get_origin(Annotated[int, "m"]), get_args(Annotated[int, "m", 3]))
print(get_origin(Callable[[int], str]), get_args(Callable[[int], str]), get_args(Callable[..., str]))
print(get_origin(Literal[1, 2]), get_args(Literal[1, 2]), get_origin(int), get_args(int))
print(get_origin(Tuple[int, ...]), get_args(Tuple[int, ...]), get_origin(typing.Generic), get_origin(tuple[()]))
class Node:
    next: "Optional[Node]"
    children: "List[Node]"
    val: Annotated[int, "positive"]
    data: "Dict[str, List[Optional[Node]]]"
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True))
def f(a: "Annotated[int, 'x']", b: "Optional[str]" = None) -> "List[int]": pass
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
def g(x: int = None): pass
print(get_type_hints(g))
class A:
    x: "B"
class B: pass
print(get_type_hints(A))
print(Optional[Union[int, str]], Union[int, Union[str, float]], Union[int, int], Union[int])
print(typing.get_origin(Optional[int]), typing.get_args(Optional[int]))
print(repr(list[int]), repr(List[int]), repr(Dict[str, int]), repr(Callable[[int], str]), repr(Annotated[int, "m"]))
print(isinstance(3, int | str), issubclass(bool, int | str))
print((int | str) | float, int | (str | float) == Union[int, str, float])
print(repr(typing.Type[int]), repr(typing.Literal["a"]), repr(typing.Final[int]), repr(typing.ClassVar[int]))
print((int | str).__eq__(typing.Union[int, str]))
print(List["Node"], typing.get_args(List["Node"]))
class Node:
    a: List["Node"]
    b: Optional["Node"]
    c: "List[Annotated[int, 'm']]"
    d: Dict[str, "Annotated[Node, 'n']"]
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True))
print(typing.ForwardRef("X"), typing.ForwardRef("X") == typing.ForwardRef("X"))
class Big:
    def __hash__(self):
        return 2**62 + 5
    def __eq__(self, o):
        return self is o
b = Big()
print(hash(b) == b.__hash__(), hash(b))
class Huge:
    def __hash__(self):
        return 2**70
print(hash(Huge()))
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(e)
print(UserId | None, int | UserId)
