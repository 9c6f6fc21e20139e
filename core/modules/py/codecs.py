# codecs: the codec registry's front end (CPython's codecs.py and encodings/ package, reduced):
# encode()/decode()/lookup() over the text encodings str.encode and bytes.decode implement
# (object/str_codec.cpp: utf-8, utf-8-sig, ascii, latin-1, utf-16/32, unicode_escape,
# raw_unicode_escape), plus the bytes-to-bytes and str-to-str codecs of encodings/ (hex, base64,
# rot13), the BOM constants and open(). No incremental codecs or stream readers/writers.

# What CPython writes in C (_codecs): builtin functions whose frames are hidden, named _codecs.X.
__native__ = ('register', 'unregister', 'lookup', 'encode', 'decode', 'register_error',
              'lookup_error', 'strict_errors', 'ignore_errors', 'replace_errors',
              'xmlcharrefreplace_errors', 'backslashreplace_errors', '_normalize', '_wrap_error',
              '_text_codec', '_hex_encode', '_hex_decode', '_base64_encode', '_base64_decode',
              '_rot13')

import builtins as _builtins

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "lookup_error", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors",
           "encode", "decode", "getencoder", "getdecoder", "iterencode", "iterdecode"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE      # this machine's byte order (little-endian)
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
            (self.__class__.__module__, self.__class__.__qualname__,
             self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


# --- the codecs --------------------------------------------------------------------------------

def _text_codec(name, pyname):
    def encode(input, errors='strict'):
        return input.encode(pyname, errors), len(input)

    def decode(input, errors='strict'):
        return _builtins.bytes(input).decode(pyname, errors), len(input)

    return CodecInfo(encode, decode, name=name)


def _hex_encode(input, errors='strict'):
    import binascii
    return binascii.b2a_hex(input), len(input)


def _hex_decode(input, errors='strict'):
    import binascii
    return binascii.a2b_hex(input), len(input)


def _base64_encode(input, errors='strict'):
    import base64
    return base64.encodebytes(input), len(input)


def _base64_decode(input, errors='strict'):
    import base64
    return base64.decodebytes(input), len(input)


_rot13_map = None


def _rot13(input, errors='strict'):
    global _rot13_map
    if _rot13_map is None:
        lower = 'abcdefghijklmnopqrstuvwxyz'
        upper = lower.upper()
        _rot13_map = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
    return str.translate(input, _rot13_map), len(input)


# normalized name -> (CodecInfo.name, how to build it)
_CODECS = {
    'utf_8': ('utf-8', 'utf-8'), 'utf8': ('utf-8', 'utf-8'), 'u8': ('utf-8', 'utf-8'),
    'utf': ('utf-8', 'utf-8'), 'utf_8_sig': ('utf-8-sig', 'utf-8-sig'),
    'ascii': ('ascii', 'ascii'), 'us_ascii': ('ascii', 'ascii'), '646': ('ascii', 'ascii'),
    'latin_1': ('iso8859-1', 'latin-1'), 'latin1': ('iso8859-1', 'latin-1'),
    'latin': ('iso8859-1', 'latin-1'), 'l1': ('iso8859-1', 'latin-1'),
    'iso_8859_1': ('iso8859-1', 'latin-1'), 'iso8859_1': ('iso8859-1', 'latin-1'),
    'utf_16': ('utf-16', 'utf-16'), 'utf16': ('utf-16', 'utf-16'),
    'utf_16_le': ('utf-16-le', 'utf-16-le'), 'utf_16le': ('utf-16-le', 'utf-16-le'),
    'utf_16_be': ('utf-16-be', 'utf-16-be'), 'utf_16be': ('utf-16-be', 'utf-16-be'),
    'utf_32': ('utf-32', 'utf-32'), 'utf32': ('utf-32', 'utf-32'),
    'utf_32_le': ('utf-32-le', 'utf-32-le'), 'utf_32le': ('utf-32-le', 'utf-32-le'),
    'utf_32_be': ('utf-32-be', 'utf-32-be'), 'utf_32be': ('utf-32-be', 'utf-32-be'),
    'unicode_escape': ('unicode-escape', 'unicode_escape'),
    'raw_unicode_escape': ('raw-unicode-escape', 'raw_unicode_escape'),
}
_TRANSFORMS = {
    'hex': 'hex', 'hex_codec': 'hex',
    'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
    'rot13': 'rot-13', 'rot_13': 'rot-13',
}
_cache = {}
_search_functions = []


def _normalize(encoding):
    # encodings.normalize_encoding, then lower case as the registry's search does.
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars).lower()


def register(search_function, /):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding, /):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = encoding.replace(' ', '_').lower()
    info = _cache.get(key)
    if info is not None:
        return info
    for fn in _search_functions:
        info = fn(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            break
    else:
        name = _normalize(encoding)
        if name in _CODECS:
            cname, pyname = _CODECS[name]
            info = _text_codec(cname, pyname)
        elif name in _TRANSFORMS:
            kind = _TRANSFORMS[name]
            if kind == 'hex':
                info = CodecInfo(_hex_encode, _hex_decode, name='hex', _is_text_encoding=False)
            elif kind == 'base64':
                info = CodecInfo(_base64_encode, _base64_decode, name='base64',
                                 _is_text_encoding=False)
            else:
                info = CodecInfo(_rot13, _rot13, name='rot-13', _is_text_encoding=False)
        else:
            raise LookupError('unknown encoding: %s' % encoding)
    _cache[key] = info
    return info


def _wrap_error(exc, action, encoding):
    # CPython's _PyErr_TrySetFromCause: "encoding with 'hex' codec failed (TypeError: ...)" for
    # an exception of a plain built-in type with one argument (UnicodeErrors stay as they are).
    if isinstance(exc, UnicodeError) or type(exc) not in (TypeError, ValueError, LookupError,
                                                          binascii_Error()):
        return None
    return type(exc)("%s with '%s' codec failed (%s: %s)"
                     % (action, encoding, type(exc).__name__, exc))


def binascii_Error():
    import binascii
    return binascii.Error


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except Exception as exc:
        new = _wrap_error(exc, 'encoding', encoding)
        if new is None:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        result = info.decode(obj, errors)
    except Exception as exc:
        new = _wrap_error(exc, 'decoding', encoding)
        if new is None:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


def getencoder(encoding):
    """Lookup up the codec for the given encoding and return its encoder function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Lookup up the codec for the given encoding and return its decoder function."""
    return lookup(encoding).decode


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encoding iterator: encodes each string the iterator gives."""
    for input in iterator:
        output = encode(input, encoding, errors)
        if output:
            yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decoding iterator: decodes each bytes object the iterator gives."""
    for input in iterator:
        output = decode(input, encoding, errors)
        if output:
            yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped version providing
    transparent encoding/decoding (here the built-in open's text files)."""
    if encoding is not None and 'b' not in mode:
        return _builtins.open(filename, mode, buffering, encoding, errors)
    if encoding is not None and 'b' in mode:
        mode = mode.replace('b', '')
        return _builtins.open(filename, mode, buffering, encoding, errors)
    if 'b' not in mode:
        mode = mode + 'b'
    return _builtins.open(filename, mode, buffering)


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError('codecs.EncodedFile is not available in LoopScope')


_error_handlers = {}


def register_error(name, handler, /):
    """Register the specified error handler under the name."""
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name, /):
    """Return the error handler for the specified error handling name."""
    if name in _error_handlers:
        return _error_handlers[name]
    handler = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
               'xmlcharrefreplace': xmlcharrefreplace_errors,
               'backslashreplace': backslashreplace_errors}.get(name)
    if handler is None:
        raise LookupError("unknown error handler name '%s'" % name)
    return handler


def strict_errors(exc, /):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc, /):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    return ('', exc.end)


def replace_errors(exc, /):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement
    marker."""
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


def xmlcharrefreplace_errors(exc, /):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character
    with the appropriate XML character reference."""
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def backslashreplace_errors(exc, /):
    """Implements the 'backslashreplace' error handling, which replaces malformed data with a
    backslashed escape sequence."""
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    out = []
    for c in exc.object[exc.start:exc.end]:
        o = ord(c)
        out.append('\\x%02x' % o if o < 0x100 else '\\u%04x' % o if o < 0x10000 else '\\U%08x' % o)
    return (''.join(out), exc.end)


for _f in (register, unregister, lookup, encode, decode, register_error, lookup_error,
           strict_errors, ignore_errors, replace_errors, xmlcharrefreplace_errors,
           backslashreplace_errors):
    _f.__module__ = '_codecs'
del _f
