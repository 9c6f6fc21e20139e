# handlers are tried in order; the first match wins; subclasses caught by base clauses
def classify(exc):
    try:
        raise exc
    except KeyError:
        return 'KeyError clause'
    except LookupError:
        return 'LookupError clause'
    except (ValueError, TypeError) as e:
        return 'tuple clause ' + type(e).__name__
    except Exception:
        return 'Exception clause'
    except BaseException:
        return 'BaseException clause'
for exc in [KeyError(), IndexError(), ValueError(), TypeError(), UnicodeDecodeError('a', b'', 0, 0, 'r'),
            ZeroDivisionError(), SystemExit(), GeneratorExit(), KeyboardInterrupt()]:
    print(type(exc).__name__, '->', classify(exc))
def exception_in_except_clause_expr():
    try:
        raise ValueError
    except undefined_in_clause:
        pass
try:
    exception_in_except_clause_expr()
except NameError as e:
    print('NameError from clause:', e, '| context:', repr(e.__context__))
def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        return {}['x']
try:
    handler_raises()
except KeyError as e:
    print(repr(e), repr(e.__context__))
