# base64: Base64 (standard and URL-safe), Base32 and Base16 encodings of bytes.

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b16encode', 'b16decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


class Error(ValueError):
    pass


Error.__module__ = 'binascii'
Error.__qualname__ = Error.__name__ = 'Error'


def _translate(data, frm, to):
    table = dict(zip(frm, to))
    return bytes(table.get(c, c) for c in data)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                    % s.__class__.__name__)


def _to_bytes(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _b64encode(data, alphabet):
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], alphabet[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[n - 1] << 16
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[n - 2] << 16) | (data[n - 1] << 8)
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63])) + b'='
    return bytes(out)


def _b64decode(data, alphabet, validate):
    table = {c: i for i, c in enumerate(alphabet)}
    vals = []
    pad = 0
    for c in data:
        if c == 61:  # '='
            pad += 1
            continue
        if c in table:
            if pad:
                if validate:
                    raise Error('Discontinuous padding not allowed')
            vals.append(table[c])
        elif validate:
            raise Error('Only base64 data is allowed')
    if len(vals) % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % len(vals))
    if (len(vals) % 4) and (len(vals) % 4) + pad < 4 and not (len(vals) % 4 + pad >= 4):
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(vals) - len(vals) % 4, 4):
        v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3]
        out += bytes((v >> 16, (v >> 8) & 255, v & 255))
    rest = len(vals) % 4
    if rest == 2:
        v = (vals[-2] << 18) | (vals[-1] << 12)
        out.append(v >> 16)
    elif rest == 3:
        v = (vals[-3] << 18) | (vals[-2] << 12) | (vals[-1] << 6)
        out += bytes((v >> 16, (v >> 8) & 255))
    return bytes(out)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    encoded = _b64encode(_to_bytes(s), _B64)
    if altchars is not None:
        altchars = _to_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return _b64decode(s, _B64, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = _translate(s, b'-_', b'+/')
    return b64decode(s)


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines of base-64 data."""
    s = _to_bytes(s)
    pieces = []
    for i in range(0, len(s), 57):
        chunk = s[i:i + 57]
        pieces.append(_b64encode(chunk, _B64) + b'\n')
    return b''.join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    return _b64decode(_to_bytes(s), _B64, False)


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return _to_bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise Error('Non-base16 digit found')
    if len(s) % 2:
        raise Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    s = _to_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        v = int.from_bytes(chunk + b'\0' * (5 - len(chunk)), 'big')
        enc = bytes(_B32[(v >> (35 - 5 * k)) & 31] for k in range(8))
        nchars = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += enc[:nchars] + b'=' * (8 - nchars)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        s = _translate(s, b'01', b'O' + _bytes_from_decode_data(map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    table = {c: i for i, c in enumerate(_B32)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        v = 0
        for c in quanta:
            if c not in table:
                raise Error('Non-base32 digit found')
            v = (v << 5) | table[c]
        v <<= 5 * (8 - len(quanta))
        out += v.to_bytes(5, 'big')
    if padchars:
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if keep is None:
            raise Error('Incorrect padding')
        out = out[:len(out) - 5 + keep]
    return bytes(out)


def encode(input, output):
    """Encode a file; input and output are binary files."""
    output.write(encodebytes(input.read()))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    output.write(decodebytes(input.read()))
