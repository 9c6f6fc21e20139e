# int()/float() of int/float subclasses call an overridden __int__/__float__ (PyNumber_Long/Float);
# exact ints/floats and subclasses without overrides convert by value.
class Count(int):
    def __int__(self):
        return 3


class F(float):
    def __float__(self):
        return 2.5


class IF(int):
    def __float__(self):
        return 0.5


class Plain(int):
    pass


class PF(float):
    pass


class Bad(float):
    def __float__(self):
        return 1


print(int(Count(5)), float(F(1.0)), float(IF(4)), int(IF(4)))
print(int(Plain(7)), type(int(Plain(7))).__name__, float(PF(1.5)), type(float(PF(1.5))).__name__)
print(int(True), float(False), int(2.9), float(3), Count(5) + 1, F(1.0) * 2)
try:
    float(Bad(2.0))
except TypeError as e:
    print("TypeError:", e)
