# __context__ cycles are broken, context set on re-raise, handlers nested in finally
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise TypeError('b')
        except TypeError as b:
            raise a
except ValueError as final:
    print(repr(final), repr(final.__context__), repr(final.__context__.__context__))
def in_finally():
    try:
        raise KeyError('k')
    finally:
        try:
            raise IndexError('i')
        except IndexError as ie:
            print('inner context', repr(ie.__context__))
try:
    in_finally()
except KeyError as k:
    print('outer', repr(k), k.__context__)
def ctx_in_gen():
    try:
        yield
    except ZeroDivisionError as z:
        print('gen got', repr(z), 'context', repr(z.__context__))
g = ctx_in_gen()
next(g)
try:
    raise OSError('handling')
except OSError:
    try:
        g.throw(ZeroDivisionError('thrown'))
    except StopIteration:
        pass
e1 = ValueError(1)
e2 = ValueError(2)
e1.__context__ = e2
e2.__context__ = e1
print(repr(e1.__context__.__context__))
try:
    try:
        raise ValueError('x')
    except ValueError as v:
        v.__suppress_context__ = False
        raise TypeError('y') from None
except TypeError as t:
    print(t.__suppress_context__, repr(t.__context__), t.__cause__)
