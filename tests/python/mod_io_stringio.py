# io: StringIO writing, reading, seeking and as a file for print()
import io
s = io.StringIO(); s.write('hello\n'); print('world', 42, file=s); print(repr(s.getvalue()), s.tell())
s2 = io.StringIO('a\nb\nc'); print(repr(s2.readline()), repr(s2.read()), repr(s2.read()), list(io.StringIO('x\ny\n')))
s3 = io.StringIO('abcdef'); print(s3.read(2), s3.tell(), s3.seek(4), s3.read(), s3.seek(0, 2))
s3.seek(1); s3.write('XY'); print(s3.getvalue(), s3.truncate(3), s3.getvalue())
with io.StringIO('ctx') as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
print(io.StringIO('l1\nl2\n').readlines(), io.StringIO().writable(), io.StringIO().readable())
