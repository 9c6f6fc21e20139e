# io: in-memory text and binary streams (StringIO, BytesIO) and the names of the stream
# classes. open() (builtins') opens files of the run's in-memory file system (_memfs).

import sys as _sys
from _loopscope import builtin_type as _builtin_type

# CPython's io classes are _io's, written in C: their frames stay out of tracebacks.
__native__ = ('*', 'IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'StringIO', 'BytesIO', 'TextIOWrapper')

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open
_StdTextIO = type(_sys.stdout)


def text_encoding(encoding, stacklevel=2):
    """A helper function to choose the text encoding: 'locale' for None (UTF-8 mode is off and
    no EncodingWarning is asked for)."""
    if encoding is None:
        return "locale"
    return encoding


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class IOBase:
    """The abstract base class for all I/O classes."""

    closed = property(lambda self: self._closed_flag())

    def _closed_flag(self):
        return getattr(self, '_IOBase__closed', False)

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._closed_message)

    _closed_message = 'I/O operation on closed file.'

    def close(self):
        self._IOBase__closed = True

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        raise UnsupportedOperation('detach')


class TextIOBase(IOBase):
    def detach(self):
        raise UnsupportedOperation('detach')


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    # _io.StringIO's own methods say it without the period (stringio.c's CHECK_CLOSED); what it
    # inherits from IOBase (readlines, __iter__, __enter__, isatty...) with it.
    def _sio_check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        self._newline = newline
        # newline None or '': an IncrementalNewlineDecoder notes the newline kinds written
        # (LF 1, CR 2, CRLF 4) for the newlines attribute.
        self._seennl = 0
        # the initial value is written as write() does (newline '\r' or '\r\n' translates '\n')
        self._note_newlines(initial_value)
        self._buf = self._translate_out(self._translate_in(initial_value))
        self._pos = 0

    def _note_newlines(self, s):
        if self._newline is None or self._newline == '':
            crlf = s.count('\r\n')
            cr = s.count('\r') - crlf
            lf = s.count('\n') - crlf
            self._seennl |= (1 if lf else 0) | (2 if cr else 0) | (4 if crlf else 0)

    def _translate_in(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        return s

    def _translate_out(self, s):
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._sio_check_closed()
        return self._buf

    def write(self, s):
        """Write string to file. Returns the number of characters written."""
        self._sio_check_closed()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        self._note_newlines(s)
        s = self._translate_out(self._translate_in(s)) if self._newline != '' else s
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            self._buf = buf + s
        elif pos > len(buf):
            self._buf = buf + '\0' * (pos - len(buf)) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        """Read at most size characters, returned as a string."""
        self._sio_check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        result = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def readline(self, size=-1):
        """Read until newline or EOF."""
        self._sio_check_closed()
        buf = self._buf
        end = self._line_end(buf, self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def _line_end(self, buf, pos):
        # The line ends after the newline: '\n' (newline None or '\n'), '\r' or '\r\n' as given,
        # or any of them for newline='' (universal newlines, kept untranslated).
        newline = self._newline
        if newline == '':
            i = buf.find('\n', pos)
            j = buf.find('\r', pos, len(buf) if i < 0 else i)
            if j >= 0:
                return j + 2 if buf.startswith('\n', j + 1) else j + 1
            return len(buf) if i < 0 else i + 1
        sep = '\n' if newline is None else newline
        i = buf.find(sep, pos)
        return len(buf) if i < 0 else i + len(sep)

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._sio_check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        """Tell the current file position."""
        self._sio_check_closed()
        return self._pos

    def truncate(self, pos=None):
        """Truncate size to pos."""
        self._sio_check_closed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError('Negative size value %d' % pos)
        self._buf = self._buf[:pos]
        return pos

    def readable(self):
        self._sio_check_closed()
        return True

    def writable(self):
        self._sio_check_closed()
        return True

    def seekable(self):
        self._sio_check_closed()
        return True

    @property
    def line_buffering(self):
        self._sio_check_closed()
        return False

    @property
    def newlines(self):
        self._sio_check_closed()
        if self._newline is not None and self._newline != '':
            return None
        return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
                ('\r', '\n', '\r\n'))[self._seennl]

    def flush(self):
        # IOBase.flush looks at IOBase's own closed flag, which StringIO.close does not set
        return None

    # TextIOBase's encoding and errors: None
    encoding = property(lambda self: None)
    errors = property(lambda self: None)

    def __next__(self):
        self._sio_check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __getstate__(self):
        self._sio_check_closed()
        return (self._buf, self._newline, self._pos, None)

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes or b'')
        self._pos = 0

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf) if 'memoryview' in dir(__builtins__) else bytes(self._buf)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b'\0' * (pos - len(self._buf)))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        result = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return result

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        i = self._buf.find(b'\n', self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return result

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        del self._buf[pos:]
        return pos

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def __iter__(self):
        # bytesio's tp_iter is PyObject_SelfIter: no closed check (its __next__ has one)
        return self

    def readinto(self, b):
        self._check_closed()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def __getstate__(self):
        self._check_closed()
        return (self.getvalue(), self._pos, None)


class _TextIOWrapperType(type):
    # sys.stdout/stderr are the interpreter's own text streams; they are TextIOWrappers too.
    def __instancecheck__(cls, obj):
        return type.__instancecheck__(cls, obj) or type(obj) is _StdTextIO


class TextIOWrapper(TextIOBase, metaclass=_TextIOWrapperType):
    """Character and line based layer over a BufferedIOBase object, buffer."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is None:
            encoding = 'utf-8'
        elif not isinstance(encoding, str):
            raise TypeError(f'TextIOWrapper() argument \'encoding\' must be str or None, '
                            f'not {type(encoding).__name__}')
        ''.encode(encoding)  # LookupError for an unknown codec, as CPython
        self._buffer = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._decoded = None   # text read from the buffer and not yet returned
        self._pos = 0

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    name = property(lambda self: self._buffer.name)

    def _closed_flag(self):
        return self._buffer.closed

    def close(self):
        if not self.closed:
            self._buffer.close()

    def reconfigure(self, *, encoding=None, errors=None, newline=None, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            ''.encode(encoding)
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)

    def detach(self):
        buffer, self._buffer = self._buffer, None
        return buffer

    # Written text goes to the buffer at once (CPython's write_through).
    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        text = s.replace('\n', self._newline) if self._newline not in (None, '', '\n') else s
        self._buffer.write(text.encode(self._encoding, self._errors))
        return len(s)

    def flush(self):
        self._buffer.flush()

    def _text(self):
        if self._decoded is None:
            text = self._buffer.read().decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._decoded, self._pos = text, 0
        return self._decoded

    def read(self, size=-1):
        self._check_closed()
        text = self._text()
        end = len(text) if size is None or size < 0 else min(len(text), self._pos + size)
        out, self._pos = text[self._pos:end], end
        return out

    def readline(self, size=-1):
        self._check_closed()
        text = self._text()
        nl = text.find('\n', self._pos)
        end = len(text) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out, self._pos = text[self._pos:end], end
        return out

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def isatty(self):
        return False

    def fileno(self):
        return self._buffer.fileno()

    def __repr__(self):
        try:
            name = self._buffer.name
        except AttributeError:
            return f"<_io.TextIOWrapper encoding='{self._encoding}'>"
        return f"<_io.TextIOWrapper name={name!r} encoding='{self._encoding}'>"


for _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, StringIO, BytesIO, TextIOWrapper):
    if _c in (StringIO, BytesIO, TextIOWrapper):
        _builtin_type(_c, '_io.' + _c.__name__)
    else:
        _c.__module__ = 'io'
del _c

FileIO = BufferedReader = BufferedWriter = BufferedRWPair = BufferedRandom = RawIOBase
BlockingIOError = BlockingIOError
