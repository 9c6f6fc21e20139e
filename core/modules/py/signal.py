# signal: CPython's signal.py over _signal -- the signal numbers as the Signals IntEnum, SIG_DFL and
# SIG_IGN as Handlers, the masks as Sigmasks, and signal()/getsignal()/valid_signals()/
# pthread_sigmask() wrapped to take and give them. The handler table and the functions that need no
# wrapping are _signal's own (from _signal import *).

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

Signals = _IntEnum('Signals', [(n, v) for n, v in _signal._names.items()], module='signal')


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


Handlers.__module__ = 'signal'


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


Sigmasks.__module__ = 'signal'

SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK

for _name in _signal._names:
    globals()[_name] = Signals[_name]
del _name


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member.
    If it's not a known member, return the value itself.
    """
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def signal(signalnum, handler, /):
    """Set the action for the given signal; returns the previous one."""
    return _int_to_enum(_signal.signal(signalnum, handler), Handlers)


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {_int_to_enum(n, Signals) for n in _signal.valid_signals()}


def pthread_sigmask(how, mask, /):
    return {_int_to_enum(n, Signals) for n in _signal.pthread_sigmask(how, mask)}
