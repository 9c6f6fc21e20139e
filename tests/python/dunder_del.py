# __del__: when refcounting frees objects, exceptions inside __del__, resurrection-free cycles
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = Noisy('a')
del a
print('after del a')
b = Noisy('b')
b = Noisy('b2')
print('after rebinding b')
def scope():
    x = Noisy('local')
    print('leaving scope')
scope()
print('after scope')
lst = [Noisy('in list 1'), Noisy('in list 2')]
lst.clear()
print('after clear')
class Bad:
    def __del__(self):
        raise ValueError('error in __del__')
x = Bad()
del x
print('after Bad')
d = {'k': Noisy('dict value')}
d['k'] = None
print('after dict overwrite')
def returns():
    return Noisy('temp')
returns()
print('after temp')
try:
    n = Noisy('exc holder')
    raise KeyError
except KeyError:
    pass
del n
print('end of module')
keep = Noisy('module global')
