# Name resolution: global statements, shadowing, class-body scope not visible in methods, and module globals listing.
counter = 0
name = "module"


def incr():
    global counter
    counter += 1


def shadow():
    name = "local"
    return name


class Scope:
    name = "class"
    names = [name for _ in range(1)]

    def method(self):
        return name


incr()
incr()
print(counter, shadow(), name, Scope.name, Scope.names, Scope().method())


def make():
    global created
    created = "yes"


make()
print(created, "created" in globals(), sorted(k for k in globals() if not k.startswith("__"))[:4])
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
print(__name__)
