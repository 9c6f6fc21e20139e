# io.StringIO's newline argument: the initial value and write() translate '\n' for newline '\r' and
# '\r\n'; readline/iteration split on '\n' (None, '\n'), on the given newline ('\r', '\r\n'), or on
# any of '\r', '\n', '\r\n' untranslated (newline='', as csv asks for).
import io
text = 'a\rb\nc\r\nd\n\re\r'
for nl in ['', None, '\n', '\r', '\r\n']:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), list(s), repr(s.getvalue()))
    s = io.StringIO(newline=nl)
    s.write('x\ny\r\nz\r')
    s.seek(0)
    print('  ', repr(s.getvalue()), [s.readline(), s.readline(2), s.readline(), s.readline(), s.readline()])
