# enum: the functional API and auto() numbering
from enum import Enum, IntEnum, auto
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__name__, repr(Animal))
A = Enum('A', [('X', 5), ('Y', 6)]); print(list(A))
B = Enum('B', {'P': 'p', 'Q': 'q'}); print(B.P, B('q'))
N = IntEnum('N', 'ONE TWO'); print(N.TWO + 0, repr(N.ONE))
class Auto(Enum):
    A = auto()
    B = 10
    C = auto()
print(list(Auto))
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print(Named.NORTH.value, Named('south'))
