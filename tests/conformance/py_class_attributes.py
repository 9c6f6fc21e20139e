# Class vs instance attributes, classmethod/staticmethod, __slots__, __getattr__ fallback, setattr/getattr, type() and __dict__.
class Config:
    defaults = {"debug": False}
    instances = 0

    def __init__(self, **kw):
        self.values = {**self.defaults, **kw}
        Config.instances += 1

    @classmethod
    def from_pairs(cls, pairs):
        return cls(**dict(pairs))

    @staticmethod
    def validate(key):
        return key.isidentifier()

    def __getattr__(self, name):
        if name in self.values:
            return self.values[name]
        raise AttributeError(f"no setting {name!r}")


c = Config(level=3)
d = Config.from_pairs([("debug", True)])
print(c.level, c.debug, d.debug, Config.instances, Config.validate("ok"), Config.validate("1x"))
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "extra", 1)
print(getattr(c, "extra"), getattr(c, "nope", "default"), sorted(vars(c)))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
Dyn = type("Dyn", (Config,), {"defaults": {"debug": "dyn"}})
print(Dyn().debug, Dyn.__name__, Dyn.__mro__[1].__name__, type(c).__name__, c.__class__ is Config)
