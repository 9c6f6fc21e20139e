# binascii: conversions between binary data and ASCII (hex, base64, CRC-32, CRC-CCITT) with the
# C module's results and messages. The base64 codec and binascii.Error live in base64.py.

from base64 import Error, _B64, _b64encode, _b64decode

__all__ = ['Error', 'Incomplete', 'hexlify', 'b2a_hex', 'unhexlify', 'a2b_hex', 'crc32',
           'crc_hqx', 'b2a_base64', 'a2b_base64']

# What CPython writes in C: the loader hides these frames as C calls (see core/modules/registry.cpp).
__native__ = ('hexlify', 'b2a_hex', 'unhexlify', 'a2b_hex', 'crc32', 'crc_hqx', 'b2a_base64',
              'a2b_base64', '_data', '_ascii_data')


class Incomplete(Exception):
    pass


Incomplete.__module__ = 'binascii'


def _data(data):
    # Py_buffer argument ("y*")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_data(data):
    # ascii_buffer_converter: bytes-like or an ASCII str
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _data(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _data(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


_HEX = {c: i for i, c in enumerate(b'0123456789abcdef')}
_HEX.update({c: i for i, c in enumerate(b'ABCDEF', 10)})


def unhexlify(hexstr):
    """Binary data of hexadecimal representation."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _HEX.get(data[i])
        lo = _HEX.get(data[i + 1])
        if hi is None or lo is None:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


def a2b_hex(hexstr):
    """Binary data of hexadecimal representation."""
    return unhexlify(hexstr)


def _make_crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table


_CRC32 = _make_crc32_table()


def crc32(data, crc=0):
    """Compute CRC-32 incrementally."""
    data = _data(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC32
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc):
    """Compute CRC-CCITT incrementally."""
    data = _data(data)
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    out = _b64encode(_data(data), _B64)
    return out + b'\n' if newline else out


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data."""
    return _b64decode(_ascii_data(data), _B64, strict_mode)
