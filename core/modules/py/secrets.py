"""Generate cryptographically strong pseudo-random numbers suitable for
managing secrets such as account authentication, tokens, and similar.

See PEP 506 for more information.
https://peps.python.org/pep-0506/

"""

# secrets: CPython 3.11's Lib/secrets.py for LoopScope. Its SystemRandom draws from LoopScope's
# reproducible generator (random.SystemRandom has no entropy source here), so tokens repeat from
# run to run. compare_digest is CPython's _operator._compare_digest (hmac's), written here;
# token_hex uses bytes.hex() where CPython uses binascii.hexlify (the same text).

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest',
           ]


import base64

from random import SystemRandom
from _loopscope import tp_name as _tp_name

# compare_digest is C in CPython: its frames stay out of tracebacks.
__native__ = ('compare_digest',)

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def compare_digest(*args):
    """Return 'a == b'.

This function uses an approach designed to prevent
timing analysis, making it appropriate for cryptography.

a and b must both be of the same type: either str (ASCII only),
or any bytes-like object.

Note: If a and b are of different lengths, or if an error occurs,
a timing attack could theoretically reveal information about the
types and lengths of a and b--but not their values."""
    if len(args) != 2:
        raise TypeError("compare_digest expected 2 arguments, got %d" % len(args))
    a, b = args
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        return str(a) == str(b)
    buffers = (bytes, bytearray)
    if not isinstance(a, buffers) and not isinstance(b, buffers):
        raise TypeError("unsupported operand types(s) or combination of types: '%.100s' and '%.100s'"
                        % (_tp_name(type(a)), _tp_name(type(b))))
    for x in (a, b):
        if not isinstance(x, buffers):
            raise TypeError("a bytes-like object is required, not '%.100s'" % _tp_name(type(x)))
    return bytes(a) == bytes(b)


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)

DEFAULT_ENTROPY = 32  # number of bytes to return by default

def token_bytes(nbytes=None):
    """Return a random byte string containing *nbytes* bytes.

    If *nbytes* is ``None`` or not supplied, a reasonable
    default is used.

    >>> token_bytes(16)  #doctest:+SKIP
    b'\\xebr\\x17D*t\\xae\\xd4\\xe3S\\xb6\\xe2\\xebP1\\x8b'

    """
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)

def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal.

    The string has *nbytes* random bytes, each byte converted to two
    hex digits.  If *nbytes* is ``None`` or not supplied, a reasonable
    default is used.

    >>> token_hex(16)  #doctest:+SKIP
    'f9bf78b9a18ce6d46a0cd2b0b86df9da'

    """
    return token_bytes(nbytes).hex()

def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding.

    The string has *nbytes* random bytes.  If *nbytes* is ``None``
    or not supplied, a reasonable default is used.

    >>> token_urlsafe(16)  #doctest:+SKIP
    'Drmhze6EPcv0fN_81Bj-nA'

    """
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
