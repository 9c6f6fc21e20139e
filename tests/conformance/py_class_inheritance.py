# Classes with inheritance, super() chains, method overriding, isinstance/issubclass and class-level counters.
class Animal:
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{type(self).__name__}({self.name!r}): {self.speak()}"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return f"{self.name} barks"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"


animals = [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]
for a in animals:
    print(a.describe())
print(Animal.count, Dog.count)
print(isinstance(animals[2], Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, animals[1].breed)
