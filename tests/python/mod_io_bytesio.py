# io: BytesIO reading, writing and seeking
import io
b = io.BytesIO(b'ab'); b.seek(0, 2); b.write(b'cd'); print(b.getvalue(), b.tell())
b.seek(0); print(b.read(1), b.read(), b.read(), b.readline())
b2 = io.BytesIO(b'line1\nline2\n'); print(b2.readline(), b2.readline(), b2.readline())
b3 = io.BytesIO(); b3.write(b'xyz'); b3.seek(1); b3.write(b'Q'); print(b3.getvalue(), b3.seek(-1, 2), b3.read())
try:
    io.BytesIO().write('str')
except TypeError as e:
    print(e)
print(io.BytesIO(b'12345').read(2), io.SEEK_END)
