# Dunder methods: __repr__/__str__, __eq__/__hash__, ordering via total_ordering, container protocol, __call__, __bool__.
import functools


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return f"Version{self.parts!r}"

    def __str__(self):
        return ".".join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __len__(self):
        return len(self.parts)

    def __getitem__(self, i):
        return self.parts[i]

    def __contains__(self, x):
        return x in self.parts

    def __call__(self, bump):
        return Version(*self.parts[:-1], self.parts[-1] + bump)

    def __bool__(self):
        return any(self.parts)


v = Version(3, 11, 7)
print(repr(v), str(v), f"{v}", [v])
print(v == Version(3, 11, 7), v != Version(3, 12), v == "3.11.7")
print(v < Version(3, 12), v >= Version(3, 11), max(Version(1), Version(1, 0), Version(0, 9)))
print(len(v), v[0], v[-1], v[1:], 11 in v, list(v))
print(v(2), bool(Version(0, 0)), bool(v))
print(len({v, Version(3, 11, 7), Version(1)}))
print(sorted([Version(2), Version(1, 5), Version(1, 10)]))
