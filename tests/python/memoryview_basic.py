m=memoryview(b'abcdef')
for f in [lambda: m['a'], lambda: m[10], lambda: m.__setitem__(0, 1), lambda: m.__delitem__(0), lambda: hash(memoryview(bytearray(b'x'))), lambda: memoryview(5), lambda: memoryview('s'), lambda: memoryview(bytearray(b'ab')).__setitem__(0, 300), lambda: memoryview(bytearray(b'ab')).__setitem__(0, 'x'), lambda: memoryview(bytearray(b'ab')).__setitem__(slice(0,2), b'xyz'), lambda: m[1.5], lambda: m < m, lambda: memoryview(bytearray(b'ab')).__delitem__(0), lambda: memoryview()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
m.release()
for f in [lambda: len(m), lambda: m[0], lambda: m.tobytes(), lambda: bytes(m), lambda: m.obj, lambda: m.nbytes, lambda: m.readonly, lambda: m == m, lambda: m == b'', lambda: repr(m)[:10], lambda: hash(m), lambda: m.release(), lambda: m.format, lambda: m.shape]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
m = memoryview(b'abcdef')
print(m[::2].tobytes(), m[::2].strides, m[::2].contiguous, m[1:3].c_contiguous, m[::-1].tobytes(), hash(m) == hash(b'abcdef'), m == b'abcdef', m[::2] == b'ace', m == bytearray(b'abcdef'), m == 'abcdef', m.tolist()[:2], m.hex(), m.hex(':', 2), list(m[:2]), 98 in m, m.obj, m.shape, m.ndim, m.suboffsets, m.itemsize, m.format)
b = bytearray(b'hello'); mb = memoryview(b); mb[0] = 72; mb[1:3] = b'EY'; print(b, mb.readonly, bytes(mb[1:]), b''.join([mb[:2], b'!']), str(mb[:1], 'ascii'), bytearray(mb[::2]))
mb[::2] = b'123'; print(b, mb[-1], mb[-2:].tobytes(), m[::-2].tolist(), memoryview(b'')[:].tobytes(), len(m[4:1]))
with memoryview(b'x') as mm: print(mm.tobytes())
print(memoryview(memoryview(b'abc')[1:])[1:].tobytes(), type(m).__name__, memoryview.__name__, isinstance(m, memoryview))
import io, hashlib
bio = io.BytesIO(b"data"); buf = bio.getbuffer(); print(type(buf).__name__, bytes(buf), buf[0])
print(hashlib.sha256(memoryview(b"abc")).hexdigest()[:16], b"ab" + memoryview(b"cd") if False else b"ab" + bytes(memoryview(b"cd")), bytearray(b"x") + memoryview(b"y"), b"abc".startswith(memoryview(b"ab")))
print(int.from_bytes(memoryview(b"\x01\x00"), "little"), memoryview(b"abc").cast("B").tolist(), b"%s" % memoryview(b"zz") if False else "", m[1:4] == m[1:4], memoryview(b"ab") == memoryview(bytearray(b"ab")))
