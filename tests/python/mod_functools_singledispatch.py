# functools: singledispatch on classes, annotations and the MRO; singledispatchmethod
from functools import singledispatch, singledispatchmethod
@singledispatch
def show(x):
    return 'obj'
@show.register
def _(x: int):
    return 'int'
@show.register(list)
def _(x):
    return 'list'
@show.register(dict)
@show.register(set)
def _(x):
    return 'container'
print(show(1), show([1]), show('s'), show(True), show({}), show({1}), show.dispatch(float).__name__)
class Base: pass
class Derived(Base): pass
@show.register
def _(x: Base):
    return 'base'
print(show(Derived()), show(Base()))
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return 'default'
    @fmt.register
    def _(self, arg: int):
        return f'int {arg}'
print(Fmt().fmt(3), Fmt().fmt('x'))
try:
    show.register(3)
except TypeError as e:
    print('TypeError', e)
