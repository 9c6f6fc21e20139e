# Structural pattern matching: literals, captures, sequences with *rest, mappings, class patterns, guards, or-patterns.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def describe(obj):
    match obj:
        case 0 | 1:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return f"string of {len(s)}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"seq starting {first} with {len(rest)} more"
        case {"type": "event", "name": name, **others}:
            return f"event {name} {others}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case None:
            return "nothing"
        case _:
            return f"other {type(obj).__name__}"


for o in [0, -5, 7, "abc", [1, 2], (1, 2, 3), [], {"type": "event", "name": "tick", "t": 1.0},
          Point(0, 3), Point(2, 3), None, 2.5]:
    print(repr(o), "->", describe(o))
