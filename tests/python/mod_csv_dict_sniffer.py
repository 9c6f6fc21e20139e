# csv over files of the in-memory file system (newline=""), DictReader/DictWriter, registered
# dialects, Sniffer, field_size_limit.
import csv, io
with open('data.csv', 'w', newline='') as f:
    w = csv.writer(f)
    print(w.writerow(['name', 'note', 'n']))
    w.writerows([['ann', 'says "hi"', 1], ['bob', 'two\nlines', 2.5], ['cy', 'a,b', None], ['dee', '', True]])
with open('data.csv', newline='') as f:
    print(repr(f.read()))
with open('data.csv', newline='') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open('data.csv') as f:
    print(list(csv.reader(f)))
with open('data.csv', newline='') as f:
    dr = csv.DictReader(f)
    print(dr.fieldnames, dr.line_num)
    for d in dr:
        print(dr.line_num, d)
with open('data.csv', 'w', newline='') as f:
    f.write('a,b\r\n1,2,3,4\r\n\r\n5\r\n')
with open('data.csv', newline='') as f:
    for d in csv.DictReader(f, restkey='extra', restval='?'):
        print(d)
with open('data.csv', newline='') as f:
    for d in csv.DictReader(f, fieldnames=['x', 'y', 'z']):
        print(d)
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['id', 'name'], extrasaction='ignore')
dw.writeheader()
dw.writerow({'id': 1, 'name': 'x', 'zz': 3})
dw.writerows([{'id': 2}, {'name': 'only'}])
print(repr(s.getvalue()))
try:
    csv.DictWriter(s, ['a']).writerow({'a': 1, 'b': 2, 'c': 3})
except ValueError as e:
    print('ValueError', e)
try:
    csv.DictWriter(s, ['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)
s = io.StringIO()
w = csv.writer(s, dialect='excel-tab')
w.writerow(['a b', 'c\td', 'e'])
w = csv.writer(s, dialect='unix')
w.writerow(['a', 1, None, ''])
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\')
w.writerow(['a,b', 'c"d', 'e\\f', 'g\nh'])
w = csv.writer(s, quoting=csv.QUOTE_ALL, lineterminator='\n')
w.writerow(['a', 1, 2.0, None])
w.writerow([])
w.writerow(x for x in 'xyz')
print(repr(s.getvalue()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_NONE, escapechar='\\')
print(sorted(csv.list_dialects()))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, d.escapechar, d.quotechar, repr(d.lineterminator))
print(list(csv.reader(['a|b\\|c|"d"'], 'pipes')))
class semi(csv.excel):
    delimiter = ';'
csv.register_dialect('semi', semi)
print(list(csv.reader(['1;2;"3;4"'], dialect='semi')))
csv.unregister_dialect('semi')
try:
    csv.get_dialect('semi')
except csv.Error as e:
    print('Error', e)
sn = csv.Sniffer()
sample = 'id;name;score\n1;"Ann";3.5\n2;"Bob";4\n3;"Cy";5\n'
dia = sn.sniff(sample)
print(repr(dia.delimiter), repr(dia.quotechar), dia.doublequote, dia.skipinitialspace, repr(dia.lineterminator), dia.quoting)
print(sn.has_header(sample))
dia = sn.sniff('a,b,c\n1,2,3\n4,5,6\n')
print(repr(dia.delimiter), repr(dia.quotechar), dia.skipinitialspace)
print(sn.has_header('a,b,c\n1,2,3\n4,5,6\n'))
dia = sn.sniff('x\ty\tz\n1\t2\t3\n', delimiters='\t,')
print(repr(dia.delimiter))
try:
    sn.sniff('')
except csv.Error as e:
    print('Error', e)
print(list(csv.reader(io.StringIO(sample), dialect=sn.sniff(sample))))
print(csv.field_size_limit(), csv.field_size_limit(5), csv.field_size_limit(), csv.field_size_limit(new_limit=131072))
try:
    list(csv.reader(['abcdef']))
except csv.Error as e:
    print('Error', e)
print(csv.__all__)
print(csv.Dialect, csv.excel, csv.excel.delimiter, csv.unix_dialect.lineterminator)
import os
os.remove('data.csv')
print(os.path.exists('data.csv'))
