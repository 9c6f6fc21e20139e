# _memfs: the run's file system, in memory and empty when the program starts (a module's state
# belongs to the run that imported it). builtins.open() opens its files as CPython's open() does
# ('r', 'w', 'a', 'x', '+', 'b'/'t'; UTF-8 text with universal newlines), with CPython's
# exceptions; os and os.path list, test and remove them. The current directory is '/'.

import io as _io
import posixpath as _path
from _loopscope import builtin_type as _builtin_type

# What CPython implements in C: frames of these stay out of tracebacks (where supported).
__native__ = ('*', '_FileBase', '_BinaryFile', 'BufferedReader', 'BufferedWriter', 'BufferedRandom',
              'TextIOWrapper')

_files = {}       # normalized absolute path -> bytearray
_dirs = {'/', '/tmp'}  # directories (each file's parent must be one); /tmp as on any POSIX host


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is not None:
        r = f(p)
        if isinstance(r, (str, bytes)):
            return r
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(r).__name__))
    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)


def _key(name):
    p = _fspath(name)
    if isinstance(p, bytes):
        p = p.decode('utf-8', 'surrogateescape')
    return _path.normpath(_path.join('/', p)).replace('//', '/')


def _fname(p):
    # the file name an OSError carries: the path as a str/bytes (an os.PathLike's __fspath__)
    try:
        return _fspath(p)
    except TypeError:
        return p


def _not_found(name):
    return FileNotFoundError(2, 'No such file or directory', _fname(name))


# --- files --------------------------------------------------------------------------------------

class _FileBase:
    """What binary and text files share: the path, the position and the modes."""

    def _setup(self, key, name, readable, writable, append):
        self._key = key
        self._buf = _files[key]  # kept when the file is removed or renamed while open
        self.name = name
        self._readable = readable
        self._writable = writable
        self._append = append
        self._pos = 0
        self._closed = False

    # io.IOBase (a base of every file class here) gives `closed`, the closed check, the context
    # manager, line iteration, isatty, flush, readlines and writelines on top of these two.
    def _closed_flag(self):
        return self._closed

    def close(self):
        self._closed = True

    def _data(self):
        return self._buf

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def fileno(self):
        self._check_closed()
        raise _io.UnsupportedOperation('fileno')

    def _store(self, raw):
        data = self._data()
        if self._append:
            self._pos = len(data)
        end = self._pos + len(raw)
        if self._pos > len(data):
            data.extend(b'\0' * (self._pos - len(data)))
        data[self._pos:end] = raw
        self._pos = end

    def truncate(self, size=None):
        self._check_closed()
        if not self._writable:
            raise _io.UnsupportedOperation('truncate')
        if size is None:
            size = self._pos
        data = self._data()
        if size < len(data):
            del data[size:]
        else:
            data.extend(b'\0' * (size - len(data)))
        return size


class _BinaryFile(_FileBase, _io.BufferedIOBase):
    def __init__(self, key, name, mode, readable, writable, append):
        self._setup(key, name, readable, writable, append)
        self.mode = mode

    def __repr__(self):
        return '<%s name=%r>' % (type(self).__module__ + '.' + type(self).__qualname__, self.name)

    def _check_readable(self, op):
        self._check_closed()
        if not self._readable:
            raise _io.UnsupportedOperation(op)

    def read(self, size=-1):
        self._check_readable('read')
        data = self._data()
        if size is None or size < 0:
            end = len(data)
        else:
            end = min(len(data), self._pos + size)
        out = bytes(data[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    read1 = read

    def readline(self, size=-1):
        self._check_readable('readline')
        data = self._data()
        end = data.find(b'\n', self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = bytes(data[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    def readinto(self, b):
        chunk = self.read(len(b))
        b[:len(chunk)] = chunk
        return len(chunk)

    def write(self, b):
        self._check_closed()
        if not self._writable:
            raise _io.UnsupportedOperation('write')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        raw = bytes(b)
        self._store(raw)
        return len(raw)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data()) + pos)
        else:
            raise ValueError('whence value %d unsupported' % whence)
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos


class BufferedReader(_BinaryFile):
    pass


class BufferedWriter(_BinaryFile):
    pass


class BufferedRandom(_BinaryFile):
    pass


class TextIOWrapper(_FileBase, _io.TextIOBase):
    def __init__(self, key, name, mode, readable, writable, append, encoding, errors, newline):
        self._setup(key, name, readable, writable, append)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._seen = set()
        self.line_buffering = False

    def __repr__(self):
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (self.name, self.mode, self.encoding)

    @property
    def newlines(self):
        if not self._seen:
            return None
        order = [n for n in ('\r', '\n', '\r\n') if n in self._seen]
        return order[0] if len(order) == 1 else tuple(order)

    @property
    def buffer(self):
        return self

    def _check_readable(self):
        self._check_closed()
        if not self._readable:
            raise _io.UnsupportedOperation('not readable')

    def _rest(self):
        return bytes(self._data()[self._pos:]).decode(self.encoding, self.errors)

    # Reads from the position: up to `limit` characters (-1: all), stopping after a line's end when
    # `line`; newlines translated as newline=None asks. Advances the position past what it read.
    def _take(self, limit, line):
        raw = self._rest()
        out = []
        i = n = 0
        nl = self._newline
        while i < len(raw) and (limit < 0 or n < limit):
            c = raw[i]
            if c == '\r' and nl in (None, ''):
                crlf = i + 1 < len(raw) and raw[i + 1] == '\n'
                self._seen.add('\r\n' if crlf else '\r')
                piece = '\r\n' if crlf and nl == '' else ('\n' if nl is None else '\r')
                i += 2 if crlf else 1
                if crlf and nl == '' and limit >= 0 and n + 2 > limit:
                    piece, i = '\r', i - 1
                out.append(piece)
                n += len(piece)
                if line:
                    break
                continue
            out.append(c)
            n += 1
            i += 1
            if c == '\n' and nl in (None, ''):
                self._seen.add('\n')
            if line:
                if nl in (None, '', '\n') and c == '\n':
                    break
                if nl in ('\r', '\r\n') and ''.join(out[-len(nl):]) == nl:
                    break
        self._pos += len(raw[:i].encode(self.encoding, self.errors))
        return ''.join(out)

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        return self._take(size, False)

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        return self._take(size, True)

    def write(self, s):
        self._check_closed()
        if not self._writable:
            raise _io.UnsupportedOperation('not writable')
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._store(text.encode(self.encoding, self.errors))
        return len(s)

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == 1:
            if cookie != 0:
                raise _io.UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self._pos
        if whence == 2:
            if cookie != 0:
                raise _io.UnsupportedOperation("can't do nonzero end-relative seeks")
            self._pos = len(self._data())
            return self._pos
        if whence != 0:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        if cookie < 0:
            raise ValueError('negative seek position %d' % cookie)
        self._pos = cookie
        return cookie

    def tell(self):
        self._check_closed()
        return self._pos

    def detach(self):
        raise _io.UnsupportedOperation('detach')


_builtin_type(TextIOWrapper, '_io.TextIOWrapper')
for _c in (BufferedReader, BufferedWriter, BufferedRandom):
    _builtin_type(_c, '_io.' + _c.__name__)
del _c


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    if isinstance(file, int) and not isinstance(file, bool):
        raise OSError(9, 'Bad file descriptor')
    key = _key(file)
    name = _fspath(file)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    creating, reading, writing, appending = 'x' in modes, 'r' in modes, 'w' in modes, 'a' in modes
    updating, text, binary = '+' in modes, 't' in modes, 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not " + type(newline).__name__)
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError('illegal newline value: %s' % newline)
    if encoding == 'locale':
        encoding = None  # locale.getencoding(): UTF-8
    if encoding is not None:
        'x'.encode(encoding)  # LookupError: unknown encoding: ...
    if key in _dirs:
        raise IsADirectoryError(21, 'Is a directory', name)
    exists = key in _files
    if reading and not exists:
        raise _not_found(name)
    if creating and exists:
        raise FileExistsError(17, 'File exists', name)
    if not exists:
        if _path.dirname(key) not in _dirs:
            raise _not_found(name)
        _files[key] = bytearray()
    elif writing:
        del _files[key][:]
    readable = reading or updating
    writable = not reading or updating
    if binary:
        raw = ('xb' if creating else 'ab' if appending else 'rb' if reading or updating else 'wb')
        raw += '+' if updating else ''
        if reading and not updating:
            raw = 'rb'
        cls = BufferedRandom if updating else BufferedReader if reading else BufferedWriter
        f = cls(key, name, raw, readable, writable, appending)
    else:
        f = TextIOWrapper(key, name, mode, readable, writable, appending,
                          'UTF-8' if encoding is None else encoding,
                          'strict' if errors is None else errors, newline)
    if appending:
        f._pos = len(_files[key])
    return f


# --- what os and os.path use --------------------------------------------------------------------

def exists(p):
    try:
        k = _key(p)
    except TypeError:
        return False
    return k in _files or k in _dirs


def isfile(p):
    try:
        return _key(p) in _files
    except TypeError:
        return False


def isdir(p):
    try:
        return _key(p) in _dirs
    except TypeError:
        return False


def getsize(p):
    k = _key(p)
    if k in _files:
        return len(_files[k])
    if k in _dirs:
        return 4096
    raise _not_found(p)


def remove(p):
    k = _key(p)
    if k in _dirs:
        raise IsADirectoryError(21, 'Is a directory', _fname(p))
    if k not in _files:
        raise _not_found(p)
    del _files[k]


def listdir(p='.'):
    k = _key(p)
    if k in _files:
        raise NotADirectoryError(20, 'Not a directory', _fname(p))
    if k not in _dirs:
        raise _not_found(p)
    return [_path.basename(x) for x in list(_files) + sorted(_dirs)
            if x != k and _path.dirname(x) == k]


def mkdir(p, mode=0o777):
    k = _key(p)
    if k in _files or k in _dirs:
        raise FileExistsError(17, 'File exists', _fname(p))
    if _path.dirname(k) not in _dirs:
        raise _not_found(p)
    _dirs.add(k)


def makedirs(p, mode=0o777, exist_ok=False):
    k = _key(p)
    if k in _dirs:
        if not exist_ok:
            raise FileExistsError(17, 'File exists', _fname(p))
        return
    parent = _path.dirname(k)
    if parent not in _dirs:
        makedirs(parent, mode, True)
    mkdir(k, mode)


def rmdir(p):
    k = _key(p)
    if k in _files:
        raise NotADirectoryError(20, 'Not a directory', _fname(p))
    if k not in _dirs:
        raise _not_found(p)
    if any(_path.dirname(x) == k for x in list(_files) + list(_dirs) if x != k):
        raise OSError(39, 'Directory not empty', _fname(p))
    if k == '/':
        raise OSError(16, 'Device or resource busy', _fname(p))
    _dirs.discard(k)


def rename(src, dst):
    s, d = _key(src), _key(dst)
    if s not in _files:
        if s in _dirs:
            raise OSError(1, 'Operation not permitted', _fname(src))
        e = FileNotFoundError(2, 'No such file or directory')
        e.filename, e.filename2 = _fname(src), _fname(dst)
        raise e
    if d in _dirs:
        raise IsADirectoryError(21, 'Is a directory', _fname(src))
    if _path.dirname(d) not in _dirs:
        e = FileNotFoundError(2, 'No such file or directory')
        e.filename, e.filename2 = _fname(src), _fname(dst)
        raise e
    _files[d] = _files.pop(s)


# --- os.stat and os.scandir -----------------------------------------------------------------------

_inodes = {}      # path -> inode number, given at the first stat


def stat(p):
    """(st_mode, st_ino, st_dev, st_nlink, st_size) of a file or directory."""
    k = _key(p)
    if k in _files:
        mode, size, nlink = 0o100644, len(_files[k]), 1
    elif k in _dirs:
        mode, size, nlink = 0o040755, 4096, 2
    else:
        raise _not_found(p)
    ino = _inodes.setdefault(k, len(_inodes) + 2)
    return mode, ino, 2049, nlink, size
