# open() and os on files: LoopScope's in-memory file system behaves as CPython's on a real one.
# The script works in a directory of its own, creates every file it reads, and removes them all.
import io
import os

D = '_open_files_tmp'
if os.path.isdir(D):
    for n in os.listdir(D):
        os.remove(os.path.join(D, n))
    os.rmdir(D)

try:
    with open("config.json") as f:
        data = f.read()
except FileNotFoundError as e:
    print("missing:", e, e.errno, e.filename, e.strerror)

os.mkdir(D)
p = os.path.join(D, 'a.txt')
print(os.path.exists(p), os.path.isfile(p), os.path.isdir(D), os.listdir(D))
with open(p, 'w') as f:
    print(repr(f).replace(D, 'D'), f.mode, f.encoding, f.closed, f.writable(), f.readable())
    print(f.write('first line\nsecond line\n'), f.write('third'), f.tell())
    f.writelines(['\nfourth\n', 'fifth\r\nsixth\rseventh\n'])
print(f.closed, os.path.exists(p), os.path.getsize(p), os.listdir(D))
with open(p) as f:
    print(repr(f.read()))
    print(repr(f.read()), f.newlines)
with open(p) as f:
    print(f.readline(), end='')
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
with open(p, newline='') as f:
    print([line for line in f])
with open(p, 'r', encoding='utf-8') as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(repr(f.read(5)), f.tell(), repr(f.read(7)))
    f.seek(0)
    print(repr(f.readline()), f.seek(0, 2) > 0, repr(f.read()))
with open(p, 'a') as f:
    f.write('appended\n')
with open(p) as f:
    print(f.read().splitlines()[-2:])
with open(p, 'r+') as f:
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))
with open(p, 'w+') as f:
    f.write('héllo wörld\n')
    f.seek(0)
    print(repr(f.read()), f.tell())
with open(p, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(p, 'rb') as f:
    print(repr(f).replace(D, 'D'), f.mode, f.read())
with open(p, newline='\r\n') as f:
    print(f.readlines())

b = os.path.join(D, 'data.bin')
with open(b, 'wb') as f:
    print(repr(f).replace(D, 'D'), f.mode, f.write(b'\x00\x01hello\nworld'), f.write(bytearray(b'!')))
with open(b, 'rb') as f:
    print(f.read(3), f.tell(), f.readline(), f.read(), f.read())
    f.seek(-3, 2)
    print(f.read(), f.seek(2), f.read(2))
with open(b, 'ab') as f:
    print(f.mode, f.tell(), f.write(b'++'))
with open(b, 'r+b') as f:
    print(f.mode, type(f).__name__, f.read(), f.seek(0), f.write(b'XY'), f.seek(0), f.read(4))
with open(b, 'w+b') as f:
    print(f.mode, f.read(), f.write(b'new'), f.seek(0), f.read())

x = os.path.join(D, 'x.txt')
with open(x, 'x') as f:
    f.write('created')
for mode in ('x', 'xb'):
    try:
        open(x, mode)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == x)
with open(x, 'x+' if False else 'r') as f:
    print(f.read())

errors = [
    lambda: open(os.path.join(D, 'nope.txt')),
    lambda: open(os.path.join(D, 'nope.txt'), 'rb'),
    lambda: open(os.path.join(D, 'sub', 'new.txt'), 'w'),
    lambda: open(D),
    lambda: open(x, 'rz'), lambda: open(x, 'rw'), lambda: open(x, ''), lambda: open(x, 'rbt'),
    lambda: open(x, 'r++'), lambda: open(x, 'rb', encoding='utf-8'), lambda: open(x, 'rb', newline=''),
    lambda: open(x, 'r', newline='x'), lambda: open(3.5), lambda: open(x, 5),
    lambda: open(x, encoding='no-such-codec'),
    lambda: os.remove(os.path.join(D, 'nope.txt')), lambda: os.listdir(os.path.join(D, 'nope')),
    lambda: os.mkdir(D), lambda: os.rmdir(D), lambda: os.path.getsize(os.path.join(D, 'nope')),
]
for e in errors:
    try:
        e()
    except (OSError, ValueError, TypeError, LookupError) as exc:
        print(type(exc).__name__, str(exc).replace(D, 'D'))

f = open(x, 'w')
for op in (f.read, f.readline, f.readlines):
    try:
        op()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    f.write(b'bytes')
except TypeError as e:
    print(e)
f.close()
f.close()
for op in (f.read, lambda: f.write('x'), f.tell, lambda: f.seek(0), lambda: next(iter(f)), f.readline,
           f.__enter__, f.flush):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
print(f.closed, repr(f).replace(D, 'D'))
g = open(x, 'rb')
try:
    g.write(b'x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
g.close()
w = open(b, 'wb')
try:
    w.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
try:
    w.write('text')
except TypeError as e:
    print(e)
w.close()
with open(x, 'w') as f:
    try:
        f.seek(3, 1)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)

print(sorted(os.listdir(D)))
os.rename(x, os.path.join(D, 'y.txt'))
print(sorted(os.listdir(D)), os.path.exists(x))
for n in sorted(os.listdir(D)):
    os.remove(os.path.join(D, n))
print(os.listdir(D))
os.rmdir(D)
print(os.path.exists(D))
