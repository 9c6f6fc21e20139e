import io
for nl in [None, "", "\n", "\r", "\r\n"]:
    for init in ["", "a\nb", "a\r\nb", "a\rb\n", "x\r\ny\rz\n", "end\r"]:
        s = io.StringIO(init, newline=nl)
        before = s.newlines
        s.seek(0, 2)
        s.write("more\r\n")
        print(repr(nl), repr(init), before, s.newlines, repr(s.getvalue()))
s = io.StringIO(newline=None)
s.write("a\r")
print(s.newlines)
s.write("\nb")
print(s.newlines, repr(s.getvalue()))
s.close()
try: s.newlines
except ValueError as e: print(e)
import contextlib
print(contextlib.chdir.__mro__[1].__name__, "chdir" in contextlib.__all__)
