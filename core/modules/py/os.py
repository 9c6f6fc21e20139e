# os: the parts of the os module a sandboxed program can use. LoopScope has no file system,
# processes or real environment: getpid() is a fixed number, environ starts empty, and the
# path functions work on strings (posixpath). Files live in the run's in-memory file system
# (_memfs: open(), listdir, remove, mkdir, rename); other calls that need the operating system
# raise OSError like a system that refuses them.

import sys
import posixpath as path
import abc as _abc
from _loopscope import builtin_type as _builtin_type

__all__ = ['mkdir', 'makedirs', 'remove', 'unlink', 'rmdir', 'rename', 'replace', 'environ', 'getenv', 'putenv', 'unsetenv', 'getpid', 'getppid', 'getcwd', 'sep',
           'pathsep', 'linesep', 'curdir', 'pardir', 'extsep', 'altsep', 'devnull', 'name',
           'path', 'fspath', 'cpu_count', 'urandom', 'strerror', 'get_terminal_size',
           'listdir', 'getlogin', 'uname', 'stat', 'lstat', 'stat_result', 'scandir', 'DirEntry']

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
# open() flags, Linux values (os.open itself needs an operating system).
O_ACCMODE = 3
O_APPEND = 1024
O_ASYNC = 8192
O_CLOEXEC = 524288
O_CREAT = 64
O_DIRECT = 16384
O_DIRECTORY = 65536
O_DSYNC = 4096
O_EXCL = 128
O_FSYNC = 1052672
O_LARGEFILE = 0
O_NDELAY = 2048
O_NOATIME = 262144
O_NOCTTY = 256
O_NOFOLLOW = 131072
O_NONBLOCK = 2048
O_PATH = 2097152
O_RDONLY = 0
O_RDWR = 2
O_RSYNC = 1052672
O_SYNC = 1052672
O_TMPFILE = 4259840
O_TRUNC = 512
O_WRONLY = 1

_PID = 4242


class _Environ(dict):
    """os.environ: a dict of str to str (empty in LoopScope)."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        super().__setitem__(key, value)

    def __repr__(self):
        return 'environ(%s)' % dict.__repr__(self)

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]


environ = _Environ()


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getpid():
    """Return the current process id."""
    return _PID


def getppid():
    """Return the parent's process id."""
    return 1


def kill(pid, signal, /):
    """Kill a process with a signal. This process (pid getpid() or 0, its group) is the only one."""
    import signal as _signal
    if pid == _PID or pid == 0:
        _signal.raise_signal(signal)
        return
    raise ProcessLookupError(3, 'No such process')


def getcwd():
    """Return a unicode string representing the current working directory."""
    return '/'


def getlogin():
    return 'loopscope'


def cpu_count():
    """Return the number of CPUs in the system."""
    return 1


def fspath(p):
    """Return the path representation of a path-like object."""
    if isinstance(p, (str, bytes)):
        return p
    path_type = type(p)
    try:
        path_repr = path_type.__fspath__(p)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


class PathLike(_abc.ABC):

    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            from _collections_abc import _check_methods
            return _check_methods(subclass, '__fspath__')
        return NotImplemented

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def urandom(size):
    """Return a bytes object containing random bytes (from random's generator in LoopScope)."""
    import random
    return random.randbytes(size)


_errors = {2: 'No such file or directory', 13: 'Permission denied', 1: 'Operation not permitted'}


def strerror(code):
    return _errors.get(code, 'Unknown error %d' % code)


def _no_fs(*args, **kwargs):
    raise PermissionError(1, 'Operation not permitted')


from _memfs import listdir, mkdir, makedirs, remove, rmdir, rename  # noqa: E402
unlink = remove
replace = rename
chdir = system = _no_fs


def _make_stat_result():
    import _structseq
    base = _structseq._make('stat_result', 'os',
                            ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                             'st_size', 'st_atime', 'st_mtime', 'st_ctime'), 10,
                            ('st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize',
                             'st_blocks', 'st_rdev'))
    # the float times are attributes; the tuple holds them as ints (as CPython's)
    base.st_atime = property(lambda self: self._extra[0] / 1e9)
    base.st_mtime = property(lambda self: self._extra[1] / 1e9)
    base.st_ctime = property(lambda self: self._extra[2] / 1e9)
    return base


stat_result = _make_stat_result()


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path (the run's in-memory files; times are the
    virtual clock's now)."""
    import _memfs
    import time
    mode, ino, dev, nlink, size = _memfs.stat(path)
    ns = time.time_ns()
    t = ns // 10 ** 9
    return stat_result((mode, ino, dev, nlink, 0, 0, size, t, t, t, ns, ns, ns, 4096,
                        (size + 511) // 512, 0))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Change the access permissions of a file (the in-memory files keep no permissions: the
    path must exist)."""
    import _memfs
    _memfs.stat(path)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path (the in-memory files' times are the clock's)."""
    import _memfs
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None and not (isinstance(times, tuple) and len(times) == 2):
        raise TypeError("utime: 'times' must be either a tuple of two ints or None")
    _memfs.stat(path)


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    return stat(path)


class DirEntry:
    """An entry of os.scandir()."""
    __slots__ = ('name', 'path', '_stat')

    def __init__(self, name, path):
        self.name = name
        self.path = path
        self._stat = None

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat().st_ino

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


_builtin_type(DirEntry, 'posix.DirEntry')


class _ScandirIterator:
    def __init__(self, top, entries):
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_builtin_type(_ScandirIterator, 'posix.ScandirIterator')


def scandir(path='.'):
    """Return an iterator of DirEntry objects for the given path."""
    top = fspath(path)
    names = listdir(top)
    if isinstance(top, bytes):
        sep_ = b'/'
    else:
        sep_ = '/'
    prefix = top if top.endswith(sep_) else top + sep_
    if top in ('.', b'.'):
        prefix = top[:0] + ('./' if isinstance(top, str) else b'./')
    return _ScandirIterator(top, [DirEntry(n, prefix + n) for n in names])


def get_terminal_size(fd=1):
    return terminal_size((80, 24))


class terminal_size(tuple):
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % self


class uname_result(tuple):
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])


def uname():
    return uname_result(('Linux', 'loopscope', '6.0', '#1', 'wasm32'))


_builtin_type(terminal_size, 'os.terminal_size')
_builtin_type(uname_result, 'posix.uname_result')
