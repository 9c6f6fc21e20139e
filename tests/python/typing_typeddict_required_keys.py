from typing import TypedDict, Required, NotRequired, Annotated, get_origin
class A(TypedDict):
    a: int
    b: NotRequired[str]
    c: Annotated[NotRequired[int], "meta"]
class B(TypedDict, total=False):
    x: int
    y: Required[str]
class C(B):
    z: NotRequired[int]
    w: float
for t in (A, B, C):
    print(t.__name__, sorted(t.__required_keys__), sorted(t.__optional_keys__), t.__total__)
print(get_origin(NotRequired[int]), get_origin(Required[str]), NotRequired[int], Required[str])
