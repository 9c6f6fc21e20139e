# try/except/else/finally in all combinations
def f(kind):
    try:
        print('try', kind)
        if kind == 'value':
            raise ValueError('v')
        if kind == 'type':
            raise TypeError('t')
        if kind == 'key':
            {}['missing']
    except ValueError as e:
        print('except ValueError', e)
    except (TypeError, KeyError) as e:
        print('except tuple', type(e).__name__, e)
    else:
        print('else')
    finally:
        print('finally')
for k in ('none', 'value', 'type', 'key'):
    f(k)
try:
    try:
        raise IndexError('inner')
    except KeyError:
        print('not here')
    finally:
        print('inner finally')
except LookupError as e:
    print('outer caught', repr(e))
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ArithmeticError as e:
        return 'reraised ' + type(e).__name__
print(nested())
e = None
try:
    raise ValueError('bound')
except ValueError as e:
    pass
try:
    e
except NameError as err:
    print('e unbound after except:', err)
try:
    raise Exception
except BaseException as ex:
    print(type(ex), ex.args)
try:
    pass
except:
    print('no')
else:
    print('else without exception')
def bare():
    try:
        raise KeyError('k')
    except:
        return 'bare except'
print(bare())
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError('in handler')
except TypeError as e:
    print(repr(e), repr(e.__context__))
x = 0
try:
    x = 1
finally:
    x += 10
print(x)
try:
    int('abc')
except (ValueError,) as e:
    print(e)
try:
    raise RuntimeError
except (TypeError, RuntimeError):
    print('multi')
handlers = (KeyError, IndexError)
try:
    [][0]
except handlers as e:
    print('dynamic', e)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(e)
