# Dunder methods of a program-defined class that comes after a built-in base in the MRO apply (class X(int, Mixin), class AppError(Exception, Mixin), enum.IntFlag(int, ReprEnum, Flag)), while a name the built-in itself defines keeps the built-in's behaviour.
class M:
    def __iter__(self): return iter([1, 2])
    def __len__(self): return 2
    def __getitem__(self, k): return k * 10
    def __call__(self): return "called"

class X(int, M):
    pass

x = X(1)
try:
    print(list(x), len(x), x[3], x())
except TypeError as e:
    print("TypeError:", e)

class DetailsMixin:
    def __getattr__(self, name): return f"attr:{name}"

class AppError(Exception, DetailsMixin):
    pass

try:
    print(AppError("boom").code)
except AttributeError as e:
    print("AttributeError:", e)

from enum import IntFlag
class Perm(IntFlag):
    R = 4
    W = 2
rw = Perm.R | Perm.W
print(list(rw), len(rw), Perm.R in rw)

class AddMixin:
    def __add__(self, other): return "mixin add"
    def __neg__(self): return "mixin neg"
    def __repr__(self): return "mixin repr"
    def __str__(self): return "mixin str"

class Y(int, AddMixin):
    pass

y = Y(5)
print(y + 1, -y, repr(y), str(y))

class Z(AddMixin, int):
    pass

z = Z(5)
print(z + 1, -z, repr(z), str(z))
