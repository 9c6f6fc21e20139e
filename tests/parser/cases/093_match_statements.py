match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        print(direction)
    case Point(x=0, y=0):
        print("Origin")
    case Point(x, y=0) if x > 0:
        pass
    case {"x": 1, "y": y, **rest}:
        pass
    case {1: _, -2: _, 1+2j: a, "s" "t": b, Color.RED: c}:
        pass
    case [1, *rest] | (2, *_) | ():
        pass
    case (a, b) as pair:
        pass
    case None | True | False:
        pass
    case -1 | 2.5 | -3j | 1 - 2j:
        pass
    case a.b.c:
        pass
    case x:
        pass
    case _:
        pass
match a, *b:
    case 1, 2:
        pass
    case *x, y if y:
        pass
    case (x):
        pass
    case [x, [y, z]] as whole:
        pass
match = 1
match(x)
match.x = 2
print(match)
