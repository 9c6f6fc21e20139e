# hashlib: md5, sha1, sha224, sha256, sha384, sha512 hash objects (update/digest/hexdigest/copy)
# and new(); the digests are computed by _hashlib (C++).

import _hashlib
from _loopscope import builtin_type as _builtin_type

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'file_digest')

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


class _Hash:
    __slots__ = ('name', '_data')

    def __init__(self, name, data=b''):
        self.name = name
        self._data = bytearray()
        if data:
            self.update(data)

    @property
    def digest_size(self):
        return _SIZES[self.name][0]

    @property
    def block_size(self):
        return _SIZES[self.name][1]

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        try:
            self._data += data
        except TypeError:
            raise TypeError("object supporting the buffer API required") from None

    def digest(self):
        return _hashlib.digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = _Hash(self.name)
        h._data = bytearray(self._data)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self.name, id(self))


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm."""
    key = name.lower().replace('-', '')
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(key, data)


def _constructor(name):
    def ctor(string=b'', *, usedforsecurity=True):
        return _Hash(name, string)
    ctor.__name__ = ctor.__qualname__ = 'openssl_' + name
    return ctor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a file-like object."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj


_builtin_type(_Hash, '_hashlib.HASH')
