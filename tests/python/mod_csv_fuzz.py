# csv: random dialects, rows and input lines (also through StringIO(newline="")), written and
# read back; every result and error matches CPython 3.11.7 case by case.
import csv, io, random
rng = random.Random(1234)
alphabet = ['a', 'b', ',', ';', '"', "'", '\\', '\n', '\r', ' ', '\t', '1', '.', '5', '-', 'é']
def rstr(n):
    return ''.join(rng.choice(alphabet) for _ in range(rng.randrange(n)))
def rdialect():
    kw = {}
    if rng.random() < 0.3: kw['delimiter'] = rng.choice([',', ';', '\t', ' ', '|'])
    if rng.random() < 0.3: kw['quotechar'] = rng.choice(['"', "'", None])
    if rng.random() < 0.3: kw['escapechar'] = rng.choice(['\\', None, '!'])
    if rng.random() < 0.3: kw['doublequote'] = rng.random() < 0.5
    if rng.random() < 0.3: kw['skipinitialspace'] = rng.random() < 0.5
    if rng.random() < 0.3: kw['quoting'] = rng.randrange(4)
    if rng.random() < 0.3: kw['lineterminator'] = rng.choice(['\n', '\r\n', '\r', ';', 'XY'])
    if rng.random() < 0.3: kw['strict'] = rng.random() < 0.5
    return kw
for case in range(500):
    kw = rdialect()
    if rng.random() < 0.5:
        lines = [rstr(12) for _ in range(rng.randrange(5))]
        if rng.random() < 0.5:
            lines = io.StringIO(''.join(lines), newline='')
        try:
            r = csv.reader(lines, **kw)
            out = []
            while True:
                try:
                    row = next(r)
                except StopIteration:
                    break
                except Exception as e:
                    out.append('%s(%s)@%d' % (type(e).__name__, e, r.line_num))
                    if len(out) > 20: break
                    continue
                out.append((row, r.line_num))
            print(case, kw, out)
        except Exception as e:
            print(case, kw, type(e).__name__, e)
    else:
        rows = []
        for _ in range(rng.randrange(4)):
            row = []
            for _ in range(rng.randrange(4)):
                k = rng.random()
                row.append(rstr(6) if k < 0.6 else None if k < 0.7 else rng.randrange(-5, 100) if k < 0.8 else rng.random() * 10 if k < 0.9 else '')
            rows.append(row)
        s = io.StringIO()
        try:
            w = csv.writer(s, **kw)
            for row in rows:
                try:
                    w.writerow(row)
                except Exception as e:
                    s.write('<%s(%s)>' % (type(e).__name__, e))
            print(case, kw, repr(s.getvalue()))
            # round trip
            if 'lineterminator' not in kw:
                try:
                    print('  rt', list(csv.reader(io.StringIO(s.getvalue(), newline=''), **kw)))
                except Exception as e:
                    print('  rt', type(e).__name__, e)
        except Exception as e:
            print(case, kw, type(e).__name__, e)
