# __set_name__, __init_subclass__ with keyword arguments, descriptors
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class Model:
    a = Field()
    b = Field()
m = Model()
print(m.a)
m.a = 5
print(m.a, m._a, type(Model.a).__name__)
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin, name='ALPHA'):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name='g'):
    pass
print(Plugin.registry, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(e)
try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print(e)
class NonData:
    def __get__(self, obj, typ=None):
        return 'non-data'
class Data:
    def __get__(self, obj, typ=None):
        return 'data'
    def __set__(self, obj, v):
        print('Data.__set__', v)
class Holder:
    nd = NonData()
    d = Data()
h = Holder()
h.__dict__['nd'] = 'instance wins'
h.__dict__['d'] = 'instance loses'
print(h.nd, h.d, Holder.nd)
h.d = 1
class SetNameFails:
    def __set_name__(self, owner, name):
        raise ValueError('nope')
try:
    class Owner:
        x = SetNameFails()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
class Later:
    pass
f = Field()
Later.late = f
print(hasattr(f, 'name'))
class Deleter:
    def __get__(self, o, t=None): return 1
    def __delete__(self, o): print('deleted via descriptor')
class HD:
    x = Deleter()
del HD().x
