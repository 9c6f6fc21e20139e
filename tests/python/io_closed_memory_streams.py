# A closed io.StringIO / io.BytesIO, method by method, as CPython's _io: StringIO's own methods say
# "I/O operation on closed file" (no period), what it inherits from IOBase says it with the period,
# flush() passes; BytesIO checks everywhere (with the period) except iter(); detach, encoding...
import io
def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
for cls in (io.StringIO, io.BytesIO):
    s = cls()
    s.close()
    print(cls.__name__, s.closed)
    for name, fn in [("read", lambda: s.read()), ("readline", lambda: s.readline()), ("readlines", lambda: s.readlines()),
                     ("write", lambda: s.write("x" if cls is io.StringIO else b"x")), ("writelines", lambda: s.writelines([])),
                     ("getvalue", lambda: s.getvalue()), ("seek", lambda: s.seek(0)), ("tell", lambda: s.tell()),
                     ("truncate", lambda: s.truncate()), ("flush", lambda: s.flush()), ("iter", lambda: iter(s) is s),
                     ("next", lambda: next(s)), ("enter", lambda: s.__enter__()), ("isatty", lambda: s.isatty()),
                     ("readable", lambda: s.readable()), ("writable", lambda: s.writable()), ("seekable", lambda: s.seekable()),
                     ("close again", lambda: s.close()), ("fileno", lambda: s.fileno()), ("detach", lambda: s.detach()),
                     ("line_buffering", lambda: s.line_buffering), ("newlines", lambda: s.newlines), ("encoding", lambda: s.encoding),
                     ("errors", lambda: s.errors), ("getbuffer", lambda: s.getbuffer()), ("read1", lambda: s.read1()),
                     ("readinto", lambda: s.readinto(bytearray(2))), ("for", lambda: [l for l in s]), ("repr", lambda: repr(s).split(" at ")[0]),
                     ("with", lambda: exec("with s: pass", {"s": s})), ("__exit__", lambda: s.__exit__(None, None, None)),
                     ("getstate", lambda: s.__getstate__())]:
        t(name, fn)
