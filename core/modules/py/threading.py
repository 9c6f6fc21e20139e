# threading: LoopScope runs one real thread. The jobs of executors (asyncio.to_thread,
# run_in_executor, concurrent.futures.ThreadPoolExecutor) are green threads on the virtual clock
# (core/loop/green.cpp): current_thread()/get_ident() name the worker running one, and the
# blocking waits here (Lock, RLock, Event, Condition, Semaphore) let them run -- a green thread
# waits suspended until the condition holds or its timeout passes; the main thread runs the
# green threads meanwhile, and a wait nothing can end raises instead of hanging. Starting a new
# threading.Thread fails with CPython's RuntimeError("can't start new thread").

import sys as _sys
import time as _time
from _loopscope import builtin_type as _builtin_type
from _loopscope import green_block as _green_block, green_thread as _green_thread

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'gettrace', 'getprofile']

TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 140000000000000
ThreadError = RuntimeError


def get_ident():
    """Return a non-zero integer that uniquely identifies the current thread."""
    t = _green_thread()
    return _MAIN_IDENT if t is None else t[1]


def _block(pred, timeout):
    """Waits until pred() is true or timeout seconds passed (None: no limit); returns pred()'s truth."""
    if pred():
        return True
    if timeout is not None and timeout <= 0:
        return False
    r = _green_block(pred, timeout)
    if r is None:  # a green thread waited, suspended: it resumes when pred() holds or time is up
        return bool(pred())
    return r


def get_native_id():
    return 1


def _deadlock(what):
    raise RuntimeError('%s would block forever: LoopScope runs a single thread' % what)


class Lock:
    """A primitive lock (the single thread can acquire it once)."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        limit = timeout if timeout is not None and timeout >= 0 else None
        if _block(lambda: not self._locked, limit):
            self._locked = True
            return True
        if limit is None:
            _deadlock('acquiring a held Lock')
        return False

    __enter__ = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def __exit__(self, *args):
        self.release()

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return '<%s %s object at %#x>' % ('locked' if self._locked else 'unlocked',
                                         '_thread.lock', id(self))


LockType = Lock
allocate_lock = Lock


class RLock:
    """A reentrant lock."""

    def __init__(self):
        self._count = 0
        self._owner = None

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._count and self._owner != me:
            if not blocking:
                return False
            limit = timeout if timeout is not None and timeout >= 0 else None
            if not _block(lambda: not self._count, limit):
                if limit is None:
                    _deadlock('acquiring an RLock held by another thread')
                return False
        self._owner = me
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def __repr__(self):
        return '<%s %s.%s object owner=%r count=%d at %s>' % (
            'locked' if self._count else 'unlocked', '_thread', 'RLock',
            self._owner if self._count else 0, self._count, hex(id(self)))


class Condition:
    """Class that implements a condition variable."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        waiter = [False]
        self._waiters.append(waiter)
        self._lock.release()
        try:
            notified = _block(lambda: waiter[0], timeout)
        finally:
            if not waiter[0]:
                self._waiters.remove(waiter)
            self._lock.acquire()
        if not notified and timeout is None:
            _deadlock('Condition.wait() without a timeout')
        return notified

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        for waiter in self._waiters[:n]:
            waiter[0] = True
        del self._waiters[:n]

    def notify_all(self):
        self.notify(len(self._waiters))

    def __repr__(self):
        return '<Condition(%s, 0)>' % (self._lock,)


class Semaphore:
    """This class implements semaphore objects."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if _block(lambda: self._value > 0, timeout):
            self._value -= 1
            return True
        if timeout is None:
            _deadlock('acquiring a Semaphore at zero')
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        return '<%s.%s at %#x: value=%d>' % (self.__class__.__module__, self.__class__.__qualname__,
                                             id(self), self._value)


class BoundedSemaphore(Semaphore):
    """Implements a bounded semaphore."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """Class implementing event objects."""

    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if not _block(self.is_set, None if timeout is None else max(timeout, 0)) and timeout is None:
            _deadlock('Event.wait() on an unset event')
        return self._flag

    def __repr__(self):
        return '<%s.%s at %#x: %s>' % (self.__class__.__module__, self.__class__.__qualname__, id(self),
                                      'set' if self._flag else 'unset')


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Implements a Barrier (a one-thread program can only pass a barrier for one party)."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._parties = parties
        self._action = action
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action:
                self._action()
            return 0
        _deadlock('Barrier.wait() for %d parties' % self._parties)

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: 0)
    broken = property(lambda self: self._broken)


class local:
    """Thread-local data (one thread: an ordinary namespace)."""


class Thread:
    """A class that represents a thread of control (cannot be started in LoopScope)."""

    _counter = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        Thread._counter += 1
        if name is None:
            name = 'Thread-%d' % Thread._counter
            if target is not None:
                tname = getattr(target, '__name__', None)
                if tname:
                    name += ' (%s)' % tname
        self._target = target
        self._name = str(name)
        self._args = args
        self._kwargs = kwargs or {}
        self._daemonic = bool(daemon) if daemon is not None else False
        self._ident = None
        self._started = False

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        raise RuntimeError("can't start new thread")

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")

    def is_alive(self):
        return self._started and self is _main_thread

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return 1 if self._ident else None

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        Thread._counter -= 1
        self._started = True
        self._ident = _MAIN_IDENT


class Timer(Thread):
    """Call a function after a specified number of seconds (needs a thread: cannot start)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()


_main_thread = _MainThread()


_workers = {}


class _WorkerThread(Thread):
    """An executor's worker thread (a green thread of LoopScope's)."""

    def __init__(self, name, ident):
        Thread.__init__(self, name=name, daemon=False)
        Thread._counter -= 1
        self._started = True
        self._ident = ident

    def is_alive(self):
        return True


def current_thread():
    """Return the current Thread object."""
    t = _green_thread()
    if t is None:
        return _main_thread
    w = _workers.get(t[1])
    if w is None or w._name != t[0]:
        w = _workers[t[1]] = _WorkerThread(*t)
    return w


currentThread = current_thread


def main_thread():
    """Return the main thread object."""
    return _main_thread


def active_count():
    """Return the number of Thread objects currently alive."""
    return 1


activeCount = active_count


def enumerate():
    """Return a list of all Thread objects currently alive."""
    return [_main_thread]


def stack_size(size=0):
    return 0


_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


class ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """Handle uncaught Thread.run() exception."""
    import traceback
    print("Exception in thread %s:" % (args.thread.name if args.thread else None), file=_sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=_sys.stderr)


__excepthook__ = excepthook

_builtin_type(Lock, '_thread.lock')
_builtin_type(RLock, '_thread.RLock')
_builtin_type(local, '_thread._local')
_builtin_type(ExceptHookArgs, '_thread._ExceptHookArgs')
