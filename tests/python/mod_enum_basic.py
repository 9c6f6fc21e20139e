# enum: members, lookup by value and name, iteration, aliases, methods and properties
from enum import Enum, auto
class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1
    def describe(self):
        return f'{self.name} is {self.value}'
    @property
    def lower(self):
        return self.name.lower()
    @classmethod
    def default(cls):
        return cls.RED
print(Color.RED, repr(Color.GREEN), Color.BLUE.value, Color['GREEN'], Color(3), list(Color), len(Color))
print(Color.RED.describe(), Color.GREEN.lower, Color.default(), Color.RED is Color(1), Color.RED == 1, Color.RED in Color)
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color.__members__), {Color.RED: 'r'}[Color.RED])
print(isinstance(Color.RED, Color), Color.RED.__class__.__name__, repr(Color), Color.RED.name, Color.RED._value_)
print(f'{Color.RED}', format(Color.BLUE, '>12'), str(Color.GREEN), sorted(Color, key=lambda c: c.value)[-1])
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH, Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(M(99), M('x'))
