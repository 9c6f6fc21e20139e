# ExceptionGroup, except*, split/subgroup, nesting
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
try:
    raise eg
except* ValueError as g:
    print('value group', repr(g))
except* TypeError as g:
    print('type group', repr(g))
try:
    try:
        raise ExceptionGroup('x', [KeyError('a'), OSError('b')])
    except* KeyError:
        print('handled KeyError')
except ExceptionGroup as rest_eg:
    print('rest', repr(rest_eg))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped', repr(g))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b')])])
print(repr(nested.subgroup(lambda e: isinstance(e, TypeError))))
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('bad', [1])
except ValueError as e:
    print(e)
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup('b', [ValueError()])
print(type(beg2).__name__)
try:
    try:
        raise ExceptionGroup('g', [ValueError('v')])
    except* ValueError:
        raise TypeError('from handler')
except ExceptionGroup as e:
    print(repr(e))
class MyEG(ExceptionGroup):
    pass
m = MyEG('mine', [ValueError()])
print(type(m.split(ValueError)[0]).__name__)
print(eg.exceptions[0].args)
