# help() (pydoc's plain-text rendering), docstrings of methods, classmethods and a class's __dict__/
# __weakref__ descriptors, inspect.getdoc's lookup along the MRO; built-in types' __doc__ is never object's.
from dataclasses import dataclass
def area(width: float, height: float = 1.0) -> float:
    """Compute the area of a rectangle.

    Multiplies width by height.
    """
    return width * height
help(area)
class Animal:
    """Base animal."""
    kingdom = "animalia"
    def __init__(self, name):
        """Make an animal."""
        self.name = name
    def speak(self):
        """Say something."""
        return "..."
    @property
    def upper(self):
        """Upper-case name."""
        return self.name.upper()
    @staticmethod
    def create(kind):
        """Factory."""
        return Animal(kind)
    @classmethod
    def default(cls):
        return cls("x")
class Dog(Animal):
    """A dog."""
    def speak(self):
        return "woof"
    def fetch(self, thing="ball", *args, **kwargs):
        """Fetch a thing."""
help(Dog)
help(Dog("rex").speak)
help(Animal.create)
print(area.__doc__)
help(lambda x: x)
class A:
    pass
print("__doc__" in A.__dict__, repr(A.__dict__["__dict__"].__doc__), repr(A.__dict__["__weakref__"].__doc__))
print(repr(type(iter([])).__doc__), repr(iter([]).__doc__), repr(classmethod(area).__doc__[:20]), repr(Dog("a").fetch.__doc__))
print(help)
import pydoc, inspect
print(pydoc.render_doc(Dog.fetch, renderer=pydoc.plaintext))
print(inspect.getdoc(Dog.speak), inspect.getdoc(Dog().speak) if False else "", inspect.getdoc(Dog.default))
