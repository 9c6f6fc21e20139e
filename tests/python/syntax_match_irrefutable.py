# exact-stderr
# match: an irrefutable case before the last one
def f(x):
    match x:
        case [a, b]:
            pass
        case (other):
            pass
        case 1:
            pass
