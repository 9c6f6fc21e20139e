# tempfile over the in-memory file system: TemporaryDirectory, NamedTemporaryFile (delete on
# close or not), TemporaryFile, SpooledTemporaryFile (rolls over past max_size), mkdtemp.
import tempfile, os
print(tempfile.gettempdir(), tempfile.gettempprefix(), tempfile.gettempdirb())
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), d.startswith("/tmp/tmp"), len(os.path.basename(d)))
    p = os.path.join(d, "data.txt")
    with open(p, "w") as f:
        f.write("hello\n")
    print(os.listdir(d))
print(os.path.exists(d))
with tempfile.NamedTemporaryFile("w+", suffix=".csv", delete=True) as tf:
    tf.write("a,b\n1,2\n"); tf.seek(0)
    print(tf.read().splitlines(), tf.name.endswith(".csv"), os.path.exists(tf.name))
    name = tf.name
print(os.path.exists(name))
t2 = tempfile.NamedTemporaryFile(delete=False, prefix="keep_", dir="/tmp")
t2.write(b"xyz"); t2.close()
print(open(t2.name, "rb").read(), os.path.basename(t2.name).startswith("keep_"))
os.unlink(t2.name)
s = tempfile.SpooledTemporaryFile(max_size=10, mode="w+")
s.write("small"); s.seek(0); print(s.read(), s._rolled)
s.write("x" * 20); print(s._rolled); s.close()
dd = tempfile.mkdtemp(suffix="_s"); print(dd.endswith("_s"), os.path.isdir(dd)); os.rmdir(dd)
td = tempfile.TemporaryDirectory(); print(repr(td).startswith("<TemporaryDirectory '/tmp/tmp")); td.cleanup(); print(os.path.exists(td.name))
with tempfile.TemporaryFile() as t3:
    t3.write(b"abc"); t3.seek(0); print(t3.read())
try:
    tempfile.mkstemp()
except OSError:
    print("mkstemp: OSError")
else:
    print("mkstemp: OSError")
