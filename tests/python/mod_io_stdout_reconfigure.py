# sys.stdout.reconfigure(), sys.stdout.buffer and io.TextIOWrapper over a binary stream.
import io, sys

sys.stdout.reconfigure(encoding="utf-8")
print("héllo", flush=True)
sys.stdout.reconfigure(errors="replace", line_buffering=True)
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering, sys.stderr.errors)
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
print(sys.stdout.buffer.write(bytearray(b"ab")))
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.name, sys.stdout.buffer.mode)
print(repr(sys.stdout.buffer), sys.stdout.fileno())
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.reconfigure(encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(sys.stdout, io.TextIOWrapper), io.TextIOWrapper)

t = io.TextIOWrapper(io.BytesIO("wörld\nline2\r\nlast".encode()), encoding="utf-8")
print(repr(t.readline()), repr(t.read(3)), t.readlines(), t.encoding, t.errors)
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="latin-1")
w.write("café\n")
w.flush()
print(b.getvalue(), isinstance(w, io.TextIOWrapper), isinstance(w, io.TextIOBase))
wrapped = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
print("via wrapper ✓", file=wrapped)
wrapped.flush()
for line in io.TextIOWrapper(io.BytesIO(b"a\nb\n")):
    print(repr(line))
try:
    io.TextIOWrapper(io.BytesIO(), encoding="bogus")
except LookupError as e:
    print("LookupError:", e)
