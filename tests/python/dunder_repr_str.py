# __repr__, __str__, __format__ and how print/str/repr/format/containers use them
class Both:
    def __repr__(self): return 'Both()'
    def __str__(self): return 'both as str'
class ReprOnly:
    def __repr__(self): return 'ReprOnly()'
class StrOnly:
    def __str__(self): return 'str only'
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), [b], (b,), {1: b}, f'{b}', f'{b!r}', '%s|%r' % (b, b))
print(r, str(r), [r])
print(str(StrOnly()), repr(StrOnly()).startswith('<__main__.StrOnly object at 0x'))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class Rec:
    def __repr__(self): return 'Rec[%r]' % (self.items,)
x = Rec()
x.items = [1, 'two']
print(x)
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
class F:
    def __format__(self, spec):
        return 'spec=' + repr(spec)
print(format(F()), format(F(), '>5'), f'{F():x}', '{:y}'.format(F()))
print(repr(object).startswith("<class"), repr(int), repr(type), str(type(None)))
class Meta(type):
    def __repr__(cls): return 'Meta-made ' + cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(WithMeta, [WithMeta])
try:
    format(object(), 'x')
except TypeError as e:
    print(e)
print(format(Both()), format(Both(), ''))
class StrSub(str):
    def __str__(self): return 'custom'
print(str(StrSub('raw')), repr(StrSub('raw')), print)
