# cmath: mathematical functions for complex numbers, with the algorithms of CPython 3.11's
# cmathmodule.c for finite arguments (c_sqrt's scaling, c_log near |z| == 1, the large-argument
# paths of exp/cosh/sinh/tanh) and its errors ('math domain error', 'math range error').
# Infinite and NaN parts are NOT CPython's special-value tables: sqrt, log, polar and rect follow
# them in the common cases; exp, the trigonometric and hyperbolic functions give nan+nanj (or
# another value) where CPython gives its table's value or raises ValueError.

import math as _m

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'e', 'exp', 'inf',
           'infj', 'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'nan', 'nanj', 'phase',
           'pi', 'polar', 'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau']

# What CPython writes in C: the loader hides these frames as C calls (see core/modules/registry.cpp).
__native__ = ('*',)

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MIN = 2.2250738585072014e-308
_DBL_MAX = 1.7976931348623157e+308
_DBL_MANT_DIG = 53
_LOG_LARGE_DOUBLE = _m.log(_DBL_MAX / 4.0)   # CM_LOG_LARGE_DOUBLE
_LARGE_DOUBLE = _DBL_MAX / 4.0               # CM_LARGE_DOUBLE
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1     # CM_SCALE_UP
_SCALE_DOWN = -(_SCALE_UP + 1) // 2          # CM_SCALE_DOWN
_LN2 = 0.6931471805599453094
_SQRT_LARGE_DOUBLE = _m.sqrt(_LARGE_DOUBLE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)


def _z(x):
    # the "D" argument converter: __complex__, else a real number
    if isinstance(x, complex):
        return x
    t = type(x)
    f = getattr(t, '__complex__', None)
    if f is not None:
        r = f(x)
        if not isinstance(r, complex):
            raise TypeError('__complex__ returned non-complex (type %s)' % type(r).__name__)
        return r
    if isinstance(x, (int, float)) or hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(float(x), 0.0)
    raise TypeError('must be real number, not %s' % t.__name__)


def _real(x):
    if isinstance(x, float):
        return x
    if isinstance(x, int) or hasattr(type(x), '__float__') or hasattr(type(x), '__index__'):
        return float(x)
    raise TypeError('must be real number, not %s' % type(x).__name__)


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def _ldexp(x, n):
    return _m.ldexp(x, n)


def _c_sqrt(z):
    if z.real == 0.0 and z.imag == 0.0:
        return complex(0.0, z.imag)
    if not _finite(z):
        if _m.isinf(z.imag):
            return complex(inf, z.imag)
        if _m.isnan(z.real):
            return complex(nan, nan)
        if _m.isinf(z.real):
            if z.real > 0:
                return complex(inf, _m.copysign(0.0, z.imag) if not _m.isnan(z.imag) else nan)
            return complex(nan if _m.isnan(z.imag) else 0.0, _m.copysign(inf, z.imag))
        return complex(nan, nan)
    ax = abs(z.real)
    ay = abs(z.imag)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _ldexp(ax, _SCALE_UP)
        s = _ldexp(_m.sqrt(ax + _m.hypot(ax, _ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if z.real >= 0.0:
        return complex(s, _m.copysign(d, z.imag))
    return complex(d, _m.copysign(s, z.imag))


def sqrt(z, /):
    """Return the square root of z."""
    return _c_sqrt(_z(z))


def _c_exp(z):
    if not _finite(z):
        if _m.isinf(z.real) and _m.isfinite(z.imag) and z.imag != 0.0:
            if z.real > 0:
                return complex(_m.copysign(inf, _m.cos(z.imag)), _m.copysign(inf, _m.sin(z.imag)))
            return complex(_m.copysign(0.0, _m.cos(z.imag)), _m.copysign(0.0, _m.sin(z.imag)))
        if _m.isinf(z.real) and z.imag == 0.0:
            return complex(0.0 if z.real < 0 else inf, z.imag)
        if _m.isinf(z.real) and z.real < 0:
            return complex(0.0, 0.0)
        if z.imag == 0.0:
            return complex(nan, z.imag)
        return complex(nan, nan)
    if z.real > _LOG_LARGE_DOUBLE:
        l = _m.exp(z.real - 1.0)
        r = complex(l * _m.cos(z.imag) * _m.e, l * _m.sin(z.imag) * _m.e)
    else:
        l = _m.exp(z.real)
        r = complex(l * _m.cos(z.imag), l * _m.sin(z.imag))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise OverflowError('math range error')
    return r


def exp(z, /):
    """Return the exponential value e**z."""
    return _c_exp(_z(z))


def _c_log(z):
    if not _finite(z):
        if _m.isinf(z.real) or _m.isinf(z.imag):
            return complex(inf, _m.atan2(z.imag, z.real) if not (_m.isnan(z.real) or _m.isnan(z.imag)) else nan)
        return complex(nan, nan)
    ax = abs(z.real)
    ay = abs(z.imag)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = (_m.log(_m.hypot(_ldexp(ax, _DBL_MANT_DIG), _ldexp(ay, _DBL_MANT_DIG)))
                    - _DBL_MANT_DIG * _LN2)
        else:
            raise ValueError('math domain error')
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(z.imag, z.real))


def _quot(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        raise ValueError('math domain error') from None


def log(x, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base."""
    r = _c_log(_z(x))
    if base is not None:
        r = _quot(r, _c_log(_z(base)))
    return r


def log10(z, /):
    """Return the base-10 logarithm of z."""
    r = _c_log(_z(z))
    return complex(r.real / _m.log(10.0), r.imag / _m.log(10.0))


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    z = _z(z)
    return _m.atan2(z.imag, z.real)


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates."""
    z = _z(z)
    phi = _m.atan2(z.imag, z.real)
    if _m.isinf(z.real) or _m.isinf(z.imag):
        r = inf
    elif _m.isnan(z.real) or _m.isnan(z.imag):
        r = nan
    else:
        r = _m.hypot(z.real, z.imag)
        if _m.isinf(r):
            raise OverflowError('math range error')
    return r, phi


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real(r)
    phi = _real(phi)
    if _m.isfinite(r) and _m.isfinite(phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
        if r > 0:
            return complex(_m.copysign(inf, _m.cos(phi)), _m.copysign(inf, _m.sin(phi)))
        return complex(-_m.copysign(inf, _m.cos(phi)), -_m.copysign(inf, _m.sin(phi)))
    if not _m.isnan(r) and r != 0.0 and _m.isinf(phi):
        raise ValueError('math domain error')
    return complex(r * _m.cos(phi) if _m.isfinite(phi) else nan, r * phi if phi == 0.0 else nan)


def _c_cosh(z):
    if not _finite(z):
        return complex(nan, nan)
    if abs(z.real) > _LOG_LARGE_DOUBLE:
        x_minus_one = z.real - _m.copysign(1.0, z.real)
        r = complex(_m.cos(z.imag) * _m.cosh(x_minus_one) * _m.e,
                    _m.sin(z.imag) * _m.sinh(x_minus_one) * _m.e)
    else:
        r = complex(_m.cos(z.imag) * _m.cosh(z.real), _m.sin(z.imag) * _m.sinh(z.real))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise OverflowError('math range error')
    return r


def _c_sinh(z):
    if not _finite(z):
        return complex(nan, nan)
    if abs(z.real) > _LOG_LARGE_DOUBLE:
        x_minus_one = z.real - _m.copysign(1.0, z.real)
        r = complex(_m.cos(z.imag) * _m.sinh(x_minus_one) * _m.e,
                    _m.sin(z.imag) * _m.cosh(x_minus_one) * _m.e)
    else:
        r = complex(_m.cos(z.imag) * _m.sinh(z.real), _m.sin(z.imag) * _m.cosh(z.real))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise OverflowError('math range error')
    return r


def _c_tanh(z):
    if not _finite(z):
        return complex(nan, nan)
    if abs(z.real) > _LOG_LARGE_DOUBLE:
        return complex(_m.copysign(1.0, z.real),
                       4.0 * _m.sin(z.imag) * _m.cos(z.imag) * _m.exp(-2.0 * abs(z.real)))
    tx = _m.tanh(z.real)
    ty = _m.tan(z.imag)
    cx = 1.0 / _m.cosh(z.real)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    return _c_cosh(_z(z))


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    return _c_sinh(_z(z))


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    return _c_tanh(_z(z))


def cos(z, /):
    """Return the cosine of z."""
    z = _z(z)
    return _c_cosh(complex(-z.imag, z.real))


def sin(z, /):
    """Return the sine of z."""
    z = _z(z)
    s = _c_sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def tan(z, /):
    """Return the tangent of z."""
    z = _z(z)
    s = _c_tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def _c_asinh(z):
    if abs(z.real) > _LARGE_DOUBLE or abs(z.imag) > _LARGE_DOUBLE:
        if z.imag >= 0:
            real = _m.copysign(_m.log(_m.hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0, z.real)
        else:
            real = -_m.copysign(_m.log(_m.hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0, -z.real)
        return complex(real, _m.atan2(z.imag, abs(z.real)))
    s1 = _c_sqrt(complex(1.0 + z.imag, -z.real))
    s2 = _c_sqrt(complex(1.0 - z.imag, z.real))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def _c_acos(z):
    if abs(z.real) > _LARGE_DOUBLE or abs(z.imag) > _LARGE_DOUBLE:
        real = _m.atan2(abs(z.imag), z.real)
        if z.real < 0:
            imag = -_m.copysign(_m.log(_m.hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0, z.imag)
        else:
            imag = _m.copysign(_m.log(_m.hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0, -z.imag)
        return complex(real, imag)
    s1 = _c_sqrt(complex(1.0 - z.real, -z.imag))
    s2 = _c_sqrt(complex(1.0 + z.real, z.imag))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def _c_atanh(z):
    if z.real < 0.0:
        r = _c_atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    ay = abs(z.imag)
    if z.real > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        h = _m.hypot(z.real / 2.0, z.imag / 2.0)
        return complex(z.real / 4.0 / h / h, -_m.copysign(_m.pi / 2.0, -z.imag))
    if z.real == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError('math domain error')
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2.0, z.imag))
    return complex(_m.log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0)


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    return _c_asinh(_z(z))


def acos(z, /):
    """Return the arc cosine of z."""
    return _c_acos(_z(z))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    z = _z(z)
    if abs(z.real) > _LARGE_DOUBLE or abs(z.imag) > _LARGE_DOUBLE:
        return complex(_m.log(_m.hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0,
                       _m.atan2(z.imag, z.real))
    s1 = _c_sqrt(complex(z.real - 1.0, z.imag))
    s2 = _c_sqrt(complex(z.real + 1.0, z.imag))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def asin(z, /):
    """Return the arc sine of z."""
    z = _z(z)
    s = _c_asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    return _c_atanh(_z(z))


def atan(z, /):
    """Return the arc tangent of z."""
    z = _z(z)
    s = _c_atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    z = _z(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    z = _z(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _z(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    a = _z(a)
    b = _z(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a.real == b.real and a.imag == b.imag:
        return True
    if _m.isinf(a.real) or _m.isinf(a.imag) or _m.isinf(b.real) or _m.isinf(b.imag):
        return False
    diff = abs(a - b)
    return ((diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a)) or diff <= abs_tol)
