# match: mapping patterns — key lookup via get(), extra keys, **rest, defaultdict, Mapping classes
import collections
import collections.abc


def mp(x):
    match x:
        case {}:
            return "empty mapping"  # matches any mapping
    return "not a mapping"


print(mp({}), mp({1: 2}), mp([]), mp("s"), mp(collections.OrderedDict(a=1)))


def cmd(x):
    match x:
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(text), **rest}:
            return f"say {text!r} rest={rest}"
        case {"action": action, **rest} if not rest:
            return f"bare {action}"
        case {"action": _}:
            return "action with extras"
        case {1: one, 2.5: two, None: n, "s": t}:
            return f"literal keys {one} {two} {n} {t}"
        case {**everything}:
            return f"everything {everything}"


for v in [{"action": "move", "to": (1, 2)}, {"action": "move", "to": [3, 4], "speed": 9},
          {"action": "say", "text": "hi", "loud": True, "n": 1}, {"action": "say", "text": 5},
          {"action": "stop"}, {1: "a", 2.5: "b", None: "c", "s": "d"}, {"x": 1}, {}]:
    print(v, "->", cmd(v))


# defaultdict: lookups use get(), so no keys are created
dd = collections.defaultdict(list, {"a": 1})
match dd:
    case {"a": 1, "b": _}:
        print("has b?!")
    case {"a": a}:
        print("a =", a, "keys:", sorted(dd))


# A Mapping class: get() is called with a sentinel default, rest is a plain dict
class Loud(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        print("  getitem", k)
        return self.d[k]

    def __len__(self):
        print("  len")
        return len(self.d)

    def __iter__(self):
        return iter(self.d)

    def get(self, k, default=None):
        print("  get", k, type(default).__name__)
        return self.d.get(k, default)


match Loud({"x": 1, "y": 2, "z": 3}):
    case {"x": 1, "y": y, **others}:
        print("Loud", y, others, type(others).__name__)

# Length check: fewer items than keys fails before any lookup
match Loud({"x": 1}):
    case {"x": _, "y": _}:
        print("no")
    case _:
        print("too short")


# Dotted-name keys
class K:
    A = "alpha"


match {"alpha": 1}:
    case {K.A: v}:
        print("dotted key", v)

# Duplicate keys found at run time (dotted names) are a ValueError
try:
    match {"alpha": 1, "beta": 2}:
        case {"alpha": _, K.A: _}:
            pass
except ValueError as e:
    print("ValueError:", e)

# rest copies the mapping without the matched keys
src = {"a": 1, "b": 2, "c": 3}
match src:
    case {"b": 2, **rest}:
        rest["new"] = 0
        print(rest, src)
