# contextvars: CPython 3.11's Lib/contextvars.py, over the native _contextvars
# (core/modules/contextvars.cpp).
from _contextvars import Context, ContextVar, Token, copy_context


__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
