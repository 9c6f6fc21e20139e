# dataclasses: generated repr/eq/order, defaults and default_factory, frozen errors, __post_init__, field(repr=False), asdict/replace.
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


@dataclass
class Box:
    w: int
    h: int
    area: int = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


i = Item("pen", 1.5)
i.tags.append("office")
print(i, i == Item("pen", 1.5, ["office"]), Item("a").tags is not Item("b").tags)
print(sorted([Version(1, 2), Version(1), Version(0, 9)]), Version(2) > Version(1, 9))
v = Version(3, 11)
try:
    v.major = 4
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(v) == hash(Version(3, 11)), dataclasses.replace(v, minor=12))
print(Box(2, 3), dataclasses.asdict(i), dataclasses.astuple(v))
print([f.name for f in dataclasses.fields(Item)])
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
