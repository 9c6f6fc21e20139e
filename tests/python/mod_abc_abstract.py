# abc: abstract methods block instantiation until implemented (3.11's message)
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print(e)
