# array: typed arrays of numbers (CPython's C arraymodule.c, written for LoopScope over a list):
# the same typecodes and item sizes (an LP64 Linux build: l/L are 8 bytes, u a 4-byte wchar_t),
# the same range checks and error messages, reprs, comparisons and machine-format bytes
# (native byte order, little-endian here, packed with struct).

__native__ = ('array', '_check_item', '_check_int', '_check_float')

from _loopscope import builtin_type as _builtin_type
import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
          'f': 4, 'd': 8}
_STRUCT = {'b': 'b', 'B': 'B', 'u': 'I', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q', 'L': 'Q',
           'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}
# (minimum, maximum, message for too large, message for too small) as arraymodule.c's setters.
_RANGES = {
    'b': (-128, 127, 'signed char is greater than maximum', 'signed char is less than minimum'),
    'B': (0, 255, 'unsigned byte integer is greater than maximum',
          'unsigned byte integer is less than minimum'),
    'h': (-2 ** 15, 2 ** 15 - 1, 'signed short integer is greater than maximum',
          'signed short integer is less than minimum'),
    'H': (0, 2 ** 16 - 1, 'unsigned short is greater than maximum', 'unsigned short is less than minimum'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer is greater than maximum',
          'signed integer is less than minimum'),
    'I': (0, 2 ** 32 - 1, 'unsigned int is greater than maximum',
          "can't convert negative value to unsigned int"),
    'l': (-2 ** 63, 2 ** 63 - 1, 'Python int too large to convert to C long',
          'Python int too large to convert to C long'),
    'L': (0, 2 ** 64 - 1, 'Python int too large to convert to C unsigned long',
          "can't convert negative value to unsigned int"),
    'q': (-2 ** 63, 2 ** 63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2 ** 64 - 1, 'int too big to convert', "can't convert negative int to unsigned"),
}


def _check_int(typecode, v):
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    lo, hi, too_big, too_small = _RANGES[typecode]
    if v > hi:
        raise OverflowError(too_big)
    if v < lo:
        raise OverflowError(too_small)
    return int(v)


def _check_float(typecode, v):
    if isinstance(v, float):
        f = v
    elif hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        f = float(v)
    else:
        raise TypeError('must be real number, not %s' % type(v).__name__)
    if typecode == 'f':
        f = _struct.unpack('f', _struct.pack('f', f))[0]
    return f


def _check_item(typecode, v):
    if typecode in 'fd':
        return _check_float(typecode, v)
    if typecode == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    return _check_int(typecode, v)


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.
"""
    __slots__ = ('_tc', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            if isinstance(typecode, str):
                raise TypeError('array() argument 1 must be a unicode character, not str')
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is not None:
            if isinstance(initializer, str):
                if typecode != 'u':
                    raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                    % typecode)
                self._items = list(initializer)
            elif isinstance(initializer, array):
                if typecode == 'u' and initializer._tc != 'u':
                    raise TypeError("cannot use a unicode array to initialize an array with "
                                    "typecode '%s'" % typecode)
                self._items = [_check_item(typecode, v) for v in initializer._items]
            elif isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            else:
                self._items = [_check_item(typecode, v) for v in initializer]
        return self

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _SIZES[self._tc]

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return "%s('%s', %r)" % (name, self._tc, ''.join(self._items))
        return "%s('%s', %r)" % (name, self._tc, self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = v._items
            return
        v = _check_item(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._items += other._items
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        self._items *= n
        return self

    def _cmp_items(self, other):
        return self._items, other._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(_check_item(self._tc, v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        tc = self._tc
        for v in bb:
            self._items.append(_check_item(tc, v))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        self._items.insert(i, _check_item(self._tc, v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array."""
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, type([])):
            raise TypeError('arg must be list')
        items = [_check_item(self._tc, v) for v in list]
        self._items.extend(items)

    def _fmt(self, n):
        return '<%d%s' % (n, _STRUCT[self._tc])

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        items = self._items
        if self._tc == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(self._fmt(len(items)), *items)

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values, as if it
        had been read from a file using the fromfile() method."""
        data = bytes(buffer)
        size = _SIZES[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        items = list(_struct.unpack(self._fmt(len(data) // size), data))
        if self._tc == 'u':
            items = [chr(c) for c in items]
        self._items.extend(items)

    def tounicode(self):
        """Convert the array to a unicode string."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(ustr).__name__)
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(ustr)

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _SIZES[self._tc]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in
        items of the buffer used to hold array's contents."""
        return (id(self._items), len(self._items))

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._items)), None)


_builtin_type(array, 'array.array')
ArrayType = array
