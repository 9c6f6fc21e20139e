# Multiple inheritance: diamond MRO, cooperative super() calls, mixins, and the TypeError for an inconsistent MRO.
class Base:
    def hello(self):
        return ["Base"]


class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()


class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()


print(Child().hello())
print([c.__name__ for c in Child.mro()])


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class User(ReprMixin):
    def __init__(self, name, admin=False):
        self.name, self.admin = name, admin


print(User("ann"), [User("bob", True)])
try:
    class Broken(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
print(super(Left, Child()).hello())
