# match: run-time errors of class patterns (__match_args__ checks, non-type, repeated attributes), len()/get()/__eq__ failures; the last one uncaught
class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class BadElem:
    __match_args__ = ("x", 1)
    x = 0


class Dup:
    __match_args__ = ("x", "x")
    x = 1


class Pt:
    __match_args__ = ("x",)
    x = 1


not_a_type = len


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def too_many():
    match NoArgs():
        case NoArgs(1):
            pass


def too_many_self():
    match 5:
        case int(5, 6):
            pass


def bad_args():
    match BadArgs():
        case BadArgs(1):
            pass


def bad_elem():
    match BadElem():
        case BadElem(0, 1):
            pass


def dup():
    match Dup():
        case Dup(1, 1):
            pass


def dup_kw():
    match Pt():
        case Pt(1, x=1):
            pass


def not_type():
    match 1:
        case not_a_type():
            pass


def subject_not_instance():
    match "s":
        case NoArgs(1, 2, 3):  # no isinstance match: __match_args__ is never checked
            pass
    print("  (no error when isinstance fails)")


def plural():
    match Pt():
        case Pt(1, 2):
            pass


class BadLen(list):
    def __len__(self):
        raise RuntimeError("len failed")


def bad_len():
    match BadLen():
        case [x]:
            pass


class BadEq:
    def __eq__(self, other):
        raise KeyError("eq")


def bad_eq():
    match BadEq():
        case 1:
            pass


class BadGet(dict):
    def get(self, key, default=None):
        raise LookupError("get " + key)


def bad_get():
    match BadGet(a=1):
        case {"a": 1}:
            pass


for fn in [too_many, too_many_self, bad_args, bad_elem, dup, dup_kw, not_type, subject_not_instance, plural,
           bad_len, bad_eq, bad_get]:
    attempt(fn.__name__, fn)


class Shape:
    __match_args__ = ("sides",)
    sides = 4


def describe(s):
    match s:
        case Shape(4, 4):
            return "square"


describe(Shape())
