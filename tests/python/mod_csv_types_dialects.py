# csv: field types (str/int subclasses, floats, Decimal, Fraction, bytes, failing __str__) under each
# quoting, rows that are not lists, write() results, dialects from classes/objects/kwargs and
# their validation, DictReader/DictWriter details, compared with CPython 3.11.7.
import csv, io
from decimal import Decimal
from fractions import Fraction
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class S(str):
    def __str__(self): return 'never'
class I(int):
    def __str__(self): return 'eye'
class Bad:
    def __str__(self): raise RuntimeError('no str')
class Num:
    def __float__(self): return 1.0
    def __str__(self): return 'num'
def row(**kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    def go(r):
        try:
            print(repr(w.writerow(r)), end=' ')
        except Exception as e:
            print(type(e).__name__, e, end=' ')
        print(repr(s.getvalue()))
        s.seek(0); s.truncate()
    return go
g = row()
g([S('a,b'), I(3), 1e20, 1e-7, float('nan'), float('inf'), -0.0, b'x,y', Decimal('1.50'), Fraction(1, 3), True, False])
g([Bad()])
def gen():
    yield 1
    raise KeyError('mid')
g(gen())
g(['', None])
g([None, ''])
g([''])
g(['', ''])
g({'k1': 1, 'k2': 2})
g('abc')
g(range(3))
g([[1, 2], (3,), {'a': 1}])
g = row(quoting=csv.QUOTE_NONNUMERIC)
g([S('x'), I(3), Decimal('2'), Fraction(1, 2), Num(), True, None, '', 'a"b', 1.5])
g = row(quoting=csv.QUOTE_NONE, escapechar='\\', quotechar=None)
g(['a"b', 'c,d', 'e\\f'])
g = row(quoting=csv.QUOTE_NONE, escapechar='\\')
g(['a"b'])
g([''])
g(['', ''])
g = row(delimiter='\t', lineterminator='\n')
g(['a\tb', 'c d', 'e\rf', 'g\nh'])
g = row(lineterminator='!!')
g(['a!b', 'c'])
class W:
    def write(self, s):
        print('write', repr(s))
        return 42
w = csv.writer(W())
t(lambda: w.writerow([1, 2]))
t(lambda: w.writerows([[1], [2]]))
t(lambda: w.writerows(5))
t(lambda: w.dialect.delimiter)
class Wnc:
    write = 5
t(lambda: csv.writer(Wnc()))
def lines():
    yield 'a,b\n'
    raise ValueError('source broke')
r = csv.reader(lines())
t(lambda: next(r))
t(lambda: next(r))
t(lambda: next(r))
t(lambda: list(csv.reader(['1, 2 ,nan,"3", inf,-0,1e3,'], quoting=csv.QUOTE_NONNUMERIC)))
t(lambda: list(csv.reader(['x'], quoting=csv.QUOTE_NONNUMERIC)))
t(lambda: list(csv.reader(['"a,b",c', '"d""e",f'])))
t(lambda: list(csv.reader(['a;b'], delimiter=';', quotechar="'")))
t(lambda: list(csv.reader(["'a;b';c"], delimiter=';', quotechar="'")))
class Mine:
    delimiter = ':'
    quotechar = "'"
    doublequote = False
    escapechar = '\\'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    skipinitialspace = True
    strict = True
d = csv.reader([], Mine).dialect
print(d.delimiter, d.quotechar, d.doublequote, d.escapechar, repr(d.lineterminator), d.quoting, d.skipinitialspace, d.strict)
t(lambda: list(csv.reader(["a: 'b:c':d\\:e"], Mine)))
class Partial:
    delimiter = ';'
d = csv.reader([], Partial()).dialect
print(d.delimiter, d.quotechar, d.doublequote, d.escapechar, repr(d.lineterminator), d.quoting)
class Broken:
    @property
    def delimiter(self): raise KeyError('x')
t(lambda: csv.reader([], Broken()).dialect.delimiter)
t(lambda: csv.reader([], quoting=True))
t(lambda: csv.reader([], quoting=2**40))
t(lambda: csv.reader([], doublequote=0, skipinitialspace='yes', strict=[]).dialect.skipinitialspace)
t(lambda: csv.reader([], delimiter=S(';')).dialect.delimiter)
t(lambda: csv.field_size_limit(True))
t(lambda: csv.field_size_limit(2**70))
t(lambda: csv.register_dialect('x', 'nope'))
t(lambda: csv.register_dialect('y', delimiter=';', quotechar=None))
t(lambda: csv.get_dialect('y').quoting)
t(lambda: csv.get_dialect(['unhashable']))
t(lambda: csv.list_dialects())
t(lambda: csv.excel_tab().delimiter)
t(lambda: csv.Sniffer().sniff('a b c\n'))
t(lambda: csv.Sniffer().has_header('name,age\nann,3\nbob,40\n'))
dr = csv.DictReader(io.StringIO('a,b\n1\n\n2,3,4\n'))
t(lambda: list(dr))
t(lambda: dr.line_num)
t(lambda: csv.DictReader(io.StringIO('')).fieldnames)
t(lambda: list(csv.DictReader(['h1,h2', 'x,y'], restval=0)))
s = io.StringIO()
dw = csv.DictWriter(s, ['b', 'a'], restval='-', quoting=csv.QUOTE_ALL)
t(lambda: dw.writeheader())
t(lambda: dw.writerow({'a': 1}))
t(lambda: s.getvalue())
class L(str):
    def find(self, *a): return -1
    def __iter__(self): return iter('zz')
t(lambda: list(csv.reader([L('p,q"r'), L('"s,t"')])))
