# traceback: format_exc/format_exception/format_exception_only/format_tb as lists of strings
import traceback
def fail():
    raise KeyError('missing')
try:
    fail()
except KeyError as e:
    s = traceback.format_exc()
    print(s)
    print(traceback.format_exc(limit=1))
    print(traceback.format_exception(e))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    print(traceback.format_tb(e.__traceback__))
    print(traceback.format_exception(type(e), e, e.__traceback__, chain=False)[-1], end='')
print(repr(traceback.format_exc()))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError as e:
    print(''.join(traceback.format_exception(e)))
