# traceback: extract_tb/extract_stack FrameSummary fields, print_stack, format_list, TracebackException
import sys
import traceback
def a():
    return b()
def b():
    raise RuntimeError('deep')
try:
    a()
except RuntimeError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename, fs.lineno, fs.name, fs.line, tuple(fs)[:3])
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format_exception_only()), str(te), te.exc_type.__name__, len(te.stack))
    print(''.join(te.format()))
def f():
    traceback.print_stack(file=sys.stdout)
    return traceback.extract_stack()
st = f()
print([(x.name, x.lineno) for x in st])
print(''.join(traceback.format_list([('a.py', 3, 'fn', 'x = 1'), ('b.py', 7, 'g', None)])))
