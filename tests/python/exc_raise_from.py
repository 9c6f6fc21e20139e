# raise, raise X from Y, raise from None, bare raise, __cause__/__context__/__suppress_context__
def show(e):
    print(type(e).__name__, e.args, 'cause=', repr(e.__cause__), 'context=', repr(e.__context__),
          'suppress=', e.__suppress_context__)
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        raise ValueError('v') from k
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise ValueError('v') from None
except ValueError as e:
    show(e)
try:
    raise ValueError('direct') from TypeError('cause')
except ValueError as e:
    show(e)
try:
    raise ValueError from TypeError
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise
except KeyError as e:
    show(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
e = ValueError('x')
e.__cause__ = KeyError('manual')
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 'bad'
except TypeError as err:
    print(err)
def handler():
    try:
        raise OSError('io')
    except OSError:
        try:
            raise KeyError('inner')
        except KeyError as inner:
            return inner
r = handler()
print(repr(r.__context__))
try:
    try:
        raise ValueError(1)
    except ValueError as e1:
        try:
            raise TypeError(2)
        except TypeError:
            raise e1
except ValueError as e2:
    print(repr(e2), repr(e2.__context__))
