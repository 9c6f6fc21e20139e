"""Conversion between Python values and C structs packed into bytes, as
CPython 3.11's struct on x86-64 Linux: native ('@') sizes and alignment of
that platform, standard sizes for '=', '<', '>' and '!', and the messages of
CPython's struct.error (which differ between the native, little-endian and
big-endian packers)."""

import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# code -> (native size, standard size or None if native-only)
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (8, 4),
    'L': (8, 4), 'q': (8, 8), 'Q': (8, 8), 'n': (8, None), 'N': (8, None),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
    'P': (8, None),
}
_INT_CODES = 'bBhHiIlLqQnNP'
_FLOAT_FORMATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}
# Byte-order character -> (mode, byte order); '=' and '!' are the
# standard little/big packers (this is a little-endian machine).
_ORDERS = {'@': ('native', 'little'), '=': ('little', 'little'),
           '<': ('little', 'little'), '>': ('big', 'big'),
           '!': ('big', 'big')}


def _parse(fmt):
    """[(code, count, offset, item size)], total size, mode, byte order."""
    mode, order = 'native', 'little'
    if fmt and fmt[0] in _ORDERS:
        mode, order = _ORDERS[fmt[0]]
        fmt = fmt[1:]
    items = []
    offset = 0
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c.isspace():
            continue
        count = 1
        if '0' <= c <= '9':
            j = i - 1
            while i < n and '0' <= fmt[i] <= '9':
                i += 1
            count = int(fmt[j:i])
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
            i += 1
        sizes = _SIZES.get(c)
        size = None if sizes is None else (
            sizes[0] if mode == 'native' else sizes[1])
        if size is None:
            raise error('bad char in struct format')
        if mode == 'native' and c not in 'xcbB?sp' and offset % size:
            offset += size - offset % size
        items.append((c, count, offset, size))
        offset += count * size
    return items, offset, mode, order


def _value_count(items):
    return sum(1 if c in 'sp' else count for c, count, _o, _s in items
               if c != 'x')


# integers

def _as_int(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise error('required argument is not an integer')
    return index(v)


def _int_range(code, size):
    if code in 'BHILQNP':
        return 0, (1 << (8 * size)) - 1
    return -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1


def _range_message(mode, code, low, high):
    if code in 'bB':
        name = 'byte' if code == 'b' else 'ubyte'
    elif code in 'hH' and mode != 'big':
        name = 'short' if code == 'h' else 'ushort'
    else:
        name = "'%s'" % code
    return '%s format requires %d <= number <= %d' % (name, low, high)


def _check_int(mode, code, size, v):
    """Raise CPython's error for an integer the code cannot hold: each packer
    first converts to a C long (unsigned long for I/L/Q/N, and for H when
    big-endian), then checks the narrower range; big-endian 8-byte codes go
    through another converter."""
    low, high = _int_range(code, size)
    if code == 'P':
        low = -(1 << 63)
    if low <= v <= high:
        return
    if mode == 'big' and size == 8:
        raise error('int too large to convert')
    if code in 'ILQN' or (code == 'H' and mode == 'big'):
        if v < 0 or v >= 1 << 64:
            raise error('argument out of range')
    elif not -(1 << 63) <= v < 1 << 63:
        raise error('argument out of range')
    raise error(_range_message(mode, code, low, high))


# floats: IEEE 754 binary16/32/64 with round-half-even, computed exactly

def _as_float(v):
    if isinstance(v, float):
        return v
    try:
        return float(v) if hasattr(type(v), '__float__') or \
            hasattr(type(v), '__index__') else _not_float()
    except (TypeError, OverflowError, ValueError):
        _not_float()


def _not_float():
    raise error('required argument is not a float')


def _float_bits(x, code, mode):
    ebits, mbits = _FLOAT_FORMATS[code]
    bias = (1 << (ebits - 1)) - 1
    emax = (1 << ebits) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if _math.isnan(x):
        body = (emax << mbits) | (1 << (mbits - 1))
    elif _math.isinf(x):
        body = emax << mbits
    elif x == 0:
        body = 0
    else:
        body = _finite_bits(abs(x), code, mode, ebits, mbits, bias, emax)
    return (sign << (ebits + mbits)) | body


def _finite_bits(x, code, mode, ebits, mbits, bias, emax):
    m, e = _math.frexp(x)            # x = m * 2**e, 0.5 <= m < 1
    mant = int(m * (1 << 53))        # exact: x = mant * 2**(e - 53)
    ulp = max(e - 1, 1 - bias) - mbits
    shift = e - 53 - ulp
    if shift >= 0:
        q = mant << shift
    else:
        q, rest = divmod(mant, 1 << -shift)
        half = 1 << (-shift - 1)
        if rest > half or (rest == half and q & 1):
            q += 1
    if q >> (mbits + 1):             # rounding carried into the next binade
        q >>= 1
        ulp += 1
    if q >> mbits:
        exp_field = ulp + mbits + bias
        frac = q - (1 << mbits)
    else:
        exp_field, frac = 0, q
    if exp_field >= emax:
        if code == 'f' and mode == 'native':
            return emax << mbits     # a C cast to float gives inf
        raise OverflowError('float too large to pack with %s format' % code)
    return (exp_field << mbits) | frac


def _bits_float(bits, code):
    ebits, mbits = _FLOAT_FORMATS[code]
    bias = (1 << (ebits - 1)) - 1
    emax = (1 << ebits) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exp_field = (bits >> mbits) & emax
    frac = bits & ((1 << mbits) - 1)
    if exp_field == emax:
        return _math.copysign(float('nan') if frac else float('inf'), sign)
    if exp_field == 0:
        return _math.copysign(_math.ldexp(frac, 1 - bias - mbits), sign)
    return sign * _math.ldexp(frac | (1 << mbits), exp_field - bias - mbits)


# packing and unpacking of one item

def _pack_item(code, size, count, mode, order, v):
    if code in _INT_CODES:
        v = _as_int(v)
        _check_int(mode, code, size, v)
        if v < 0:
            v += 1 << (8 * size)
        return v.to_bytes(size, order)
    if code in _FLOAT_FORMATS:
        return _float_bits(_as_float(v), code, mode).to_bytes(size, order)
    if code == '?':
        return b'\x01' if v else b'\x00'
    if code == 'c':
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error('char format requires a bytes object of length 1')
        return bytes(v)
    if not isinstance(v, (bytes, bytearray)):
        raise error("argument for '%s' must be a bytes object" % code)
    if code == 's':
        return bytes(v[:count]).ljust(count, b'\x00')
    if count == 0:
        return b''
    data = bytes(v[:count - 1])      # 'p': a length byte, then the data
    return bytes([min(len(data), 255)]) + data.ljust(count - 1, b'\x00')


def _unpack_item(code, size, count, order, data):
    if code in _INT_CODES:
        return int.from_bytes(data, order, signed=code in 'bhilqn')
    if code in _FLOAT_FORMATS:
        return _bits_float(int.from_bytes(data, order), code)
    if code == '?':
        return data != b'\x00'
    if code == 'c' or code == 's':
        return bytes(data)
    n = data[0] if count else 0
    if n >= count:
        n = count - 1
    return bytes(data[1:1 + n])


def _as_buffer(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(buffer).__name__)


class Struct:
    """A compiled format: pack/unpack without re-parsing it."""

    __module__ = '_struct'

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes '
                            'object, not %s' % type(format).__name__)
        self.format = format
        self._items, self.size, self._mode, self._order = _parse(format)
        self._nvalues = _value_count(self._items)

    def _check_count(self, name, values):
        if len(values) != self._nvalues:
            raise error('%s expected %d items for packing (got %d)'
                        % (name, self._nvalues, len(values)))

    def _pack(self, values):
        out = bytearray(self.size)
        it = iter(values)
        for code, count, offset, size in self._items:
            if code == 'x':
                continue
            if code in 'sp':
                out[offset:offset + count] = _pack_item(
                    code, size, count, self._mode, self._order, next(it))
                continue
            for k in range(count):
                at = offset + k * size
                out[at:at + size] = _pack_item(code, size, 1, self._mode,
                                               self._order, next(it))
        return bytes(out)

    def pack(self, *values):
        self._check_count('pack', values)
        return self._pack(values)

    def pack_into(self, buffer, offset, *values):
        self._check_count('pack_into', values)
        if not isinstance(buffer, bytearray):
            raise TypeError('argument must be read-write bytes-like object, '
                            'not %s' % type(buffer).__name__)
        offset = _as_int_arg(offset)
        if offset < 0:
            if offset + self.size > 0:
                raise error('no space to pack %d bytes at offset %d'
                            % (self.size, offset))
            if offset + len(buffer) < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for '
                        'packing %d bytes at offset %d (actual buffer size is '
                        '%d)' % (self.size + offset, self.size, offset,
                                 len(buffer)))
        buffer[offset:offset + self.size] = self._pack(values)

    def _unpack(self, data, base):
        values = []
        for code, count, offset, size in self._items:
            at = base + offset
            if code == 'x':
                continue
            if code in 'sp':
                values.append(_unpack_item(code, size, count, self._order,
                                           data[at:at + count]))
                continue
            for k in range(count):
                start = at + k * size
                values.append(_unpack_item(code, size, 1, self._order,
                                           data[start:start + size]))
        return tuple(values)

    def unpack(self, buffer):
        buffer = _as_buffer(buffer)
        if len(buffer) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = _as_buffer(buffer)
        offset = _as_int_arg(offset)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes '
                        'for unpacking %d bytes at offset %d (actual buffer '
                        'size is %d)' % (self.size + offset, self.size, offset,
                                         len(buffer)))
        return self._unpack(buffer, offset)

    def iter_unpack(self, buffer):
        buffer = _as_buffer(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buffer) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple '
                        'of %d bytes' % self.size)
        return unpack_iterator(self, buffer)


def _as_int_arg(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return index(v)


class unpack_iterator:
    """Iterator of Struct.iter_unpack(): one tuple per struct in the buffer."""

    __module__ = '_struct'

    def __init__(self, struct, buffer):
        self._struct = struct
        self._buffer = buffer
        self._offset = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._offset >= len(self._buffer):
            raise StopIteration
        values = self._struct._unpack(self._buffer, self._offset)
        self._offset += self._struct.size
        return values

    def __length_hint__(self):
        return (len(self._buffer) - self._offset) // self._struct.size


_cache = {}


def _compiled(format):
    s = _cache.get(format) if isinstance(format, (str, bytes)) else None
    if s is None:
        s = Struct(format)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[format] = s
    return s


def calcsize(format):
    return _compiled(format).size


def pack(*args):
    if not args:
        raise TypeError('missing format argument')
    return _compiled(args[0]).pack(*args[1:])


def pack_into(*args):
    if not args:
        raise TypeError('missing format argument')
    s = _compiled(args[0])
    if len(args) < 2:
        raise TypeError('pack_into expected buffer argument')
    if len(args) < 3:
        raise TypeError('pack_into expected offset argument')
    return s.pack_into(*args[1:])


def unpack(format, buffer, /):
    return _compiled(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _compiled(format).iter_unpack(buffer)
