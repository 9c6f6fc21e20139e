# typing: NamedTuple classes and functional form, TypedDict (plain dicts at run time)
from typing import NamedTuple, TypedDict
class Emp(NamedTuple):
    name: str
    id: int = 3
    def label(self):
        return f'{self.name}#{self.id}'
e = Emp('bob')
print(e, e._fields, Emp('a', 1).id, isinstance(e, tuple), Emp.__annotations__, e.label(), e._replace(id=9))
E2 = NamedTuple('E2', [('x', int), ('y', int)]); print(E2(1, 2), E2._fields)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='x', year=1); print(m, type(m), sorted(Movie.__required_keys__), Movie.__annotations__)
class Partial(TypedDict, total=False):
    extra: int
print(Partial(), sorted(Partial.__optional_keys__))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
