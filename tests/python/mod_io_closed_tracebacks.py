# exact-stderr
# I/O on closed files and in-memory streams: the errors CPython's C io classes raise, with no io frames in the traceback (files share io.IOBase's closed check, context manager and iteration).
import io
import os

os.makedirs("_io_closed_tmp", exist_ok=True)
path = os.path.join("_io_closed_tmp", "a.txt")
with open(path, "w") as f:
    f.writelines(["x\n", "y\n"])
print(f.closed, isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
with open(path) as g:
    print(g.readlines(), g.isatty())
for stream in (g, io.BytesIO(b"a")):
    stream.close()
    for op in (lambda: next(iter(stream)), stream.read, stream.flush, lambda: stream.__enter__()):
        try:
            op()
        except ValueError as e:
            print(type(stream).__name__, e)
os.remove(path)
os.rmdir("_io_closed_tmp")
for line in g:
    pass
