# enum: invalid values and names, reassignment, unique, extending, comparisons
from enum import Enum, unique
class Color(Enum):
    RED = 1
    GREEN = 2
for f in [lambda: Color(5), lambda: Color['X'], lambda: Color.RED < Color.GREEN, lambda: Color(),
          lambda: setattr(Color, 'RED', 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 1
except ValueError as e:
    print(e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
