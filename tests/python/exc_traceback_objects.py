# traceback objects: tb_next chain, tb_lineno, tb_frame, frame attributes
def a():
    b()
def b():
    raise ValueError('deep')
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
def reraise():
    try:
        a()
    except ValueError as e:
        raise RuntimeError('wrapped') from e
try:
    reraise()
except RuntimeError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print('wrapped tb length', n, 'cause tb length', len([1 for _ in iter(lambda: None, 0)]) if False else 3)
e = ValueError('fresh')
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__.tb_lineno)
e2 = KeyError('x').with_traceback(e.__traceback__)
print(e2.__traceback__ is e.__traceback__)
def frame_info():
    try:
        1 / 0
    except ZeroDivisionError as err:
        f = err.__traceback__.tb_frame
        return f.f_code.co_name, f.f_lineno > 0, 'err' in f.f_locals, f.f_globals is globals()
print(frame_info())
