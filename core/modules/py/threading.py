# threading: LoopScope runs one real thread. The jobs of executors (asyncio.to_thread,
# run_in_executor, concurrent.futures.ThreadPoolExecutor) are green threads on the virtual clock
# (core/loop/green.cpp): current_thread()/get_ident() name the worker running one, and the
# blocking waits here (Lock, RLock, Event, Condition, Semaphore) let them run -- a green thread
# waits suspended until the condition holds or its timeout passes; the main thread runs the
# green threads meanwhile, and a wait nothing can end raises instead of hanging. A started
# threading.Thread is a green thread too: start() runs it at once until it first blocks, then
# the caller goes on; the interpreter's exit waits for the non-daemon ones (loop/green.cpp).

import sys as _sys
import time as _time
from _loopscope import builtin_type as _builtin_type
from _loopscope import green_block as _green_block, green_thread as _green_thread
from _loopscope import green_start as _green_start, green_start_raw as _green_start_raw

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
    if t is None:
        return _MAIN_IDENT
    return t[1]


def _block(pred, timeout):
    """Waits until pred() is true or timeout seconds passed (None: no limit); returns pred()'s truth."""
    if pred():
        return True
    if timeout is not None and timeout <= 0:
        return False
    deadline = None if timeout is None else _time.monotonic() + timeout
    while True:
        r = _green_block(pred, timeout)
        if r is not None:
            return r
        # A green thread waited, suspended: it resumed when pred() held or time was up. Another
        # thread woken by the same change may have run first (taken the lock that was released):
        # then it waits again for what is left of its timeout.
        if pred():
            return True
        if deadline is not None:
            timeout = deadline - _time.monotonic()
            if timeout <= 0:
                return False


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


class Barrier:
    """Implements a Barrier.

    Useful for synchronizing a fixed number of threads at known synchronization
    points.  Threads block on 'wait()' and are simultaneously awoken once they
    have all made that call.

    """

    def __init__(self, parties, action=None, timeout=None):
        """Create a barrier, initialised to 'parties' threads.

        'action' is a callable which, when supplied, will be called by one of
        the threads after they have all entered the barrier and just prior to
        releasing them all. If a 'timeout' is provided, it is used as the
        default for all subsequent 'wait()' calls.

        """
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier.

        When the specified number of threads have started waiting, they are all
        simultaneously awoken. If an 'action' was provided for the barrier, one
        of the threads will have executed that callback prior to returning.
        Returns an individual index number from 0 to 'parties-1'.

        """
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter() # Block while the barrier drains.
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # We release the barrier
                    self._release()
                else:
                    # We wait until someone releases us
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                # Wake up any threads waiting for barrier to drain.
                self._exit()

    # Block until the barrier is ready for us, or raise an exception
    # if it is broken.
    def _enter(self):
        while self._state in (-1, 1):
            # It is draining or resetting, wait until done
            self._cond.wait()
        #see if the barrier is in a broken state
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    # Optionally run the 'action' and release the threads waiting
    # in the barrier.
    def _release(self):
        try:
            if self._action:
                self._action()
            # enter draining state
            self._state = 1
            self._cond.notify_all()
        except:
            #an exception during the _action handler.  Break and reraise
            self._break()
            raise

    # Wait in the barrier until we are released.  Raise an exception
    # if the barrier is reset or broken.
    def _wait(self, timeout):
        if not self._cond.wait_for(lambda : self._state != 0, timeout):
            #timed out.  Break the barrier
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    # If we are the last thread to exit the barrier, signal any threads
    # waiting for the barrier to drain.
    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                #resetting or draining
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state.

        Any threads currently waiting will get the BrokenBarrier exception
        raised.

        """
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    #reset the barrier, waking up threads
                    self._state = -1
                elif self._state == -2:
                    #was broken, set it to reset state
                    #which clears when the last thread exits
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state.

        Useful in case of error.  Any currently waiting threads and threads
        attempting to 'wait()' will have BrokenBarrierError raised.

        """
        with self._cond:
            self._break()

    def _break(self):
        # An internal error was detected.  The barrier is set to
        # a broken state all parties awakened.
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        # We don't need synchronization here since this is an ephemeral result
        # anyway.  It returns the correct value in the steady state.
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == -2

# exception raised by the Barrier class
class BrokenBarrierError(RuntimeError):
    pass


class local:
    """Thread-local data: each thread sees its own attributes (a subclass's __init__ runs again,
    with the constructor's arguments, the first time a thread uses the object)."""

    __slots__ = ('_local__dicts', '_local__args', '__dict__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kw))
        object.__setattr__(self, '_local__dicts', {get_ident(): object.__getattribute__(self, '__dict__')})
        return self

    def __getattribute__(self, name):
        _local_patch(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        _local_patch(self)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        _local_patch(self)
        return object.__delattr__(self, name)


def _local_patch(self):
    # The running thread's attributes become the object's __dict__ (made, and __init__ run, on
    # the thread's first use).
    dicts = object.__getattribute__(self, '_local__dicts')
    me = get_ident()
    d = dicts.get(me)
    if d is None:
        d = dicts[me] = {}
        object.__setattr__(self, '__dict__', d)
        args, kw = object.__getattribute__(self, '_local__args')
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *args, **kw)
    else:
        object.__setattr__(self, '__dict__', d)


_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


_active = {}    # maps thread id to Thread object
_limbo = {}


class Thread:
    """A class that represents a thread of control (a green thread on LoopScope's virtual clock)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity: run() runs at once as a green thread, until it first blocks."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        _limbo[self] = self
        try:
            _green_start(self._bootstrap, self, self._daemonic)
        except Exception:
            _limbo.pop(self, None)
            raise

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a refcycle if the thread is running a function with
            # an argument that has a member that points to the thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._started.set()
            _active[self._ident] = self
            del _limbo[self]
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            _active.pop(self._ident, None)

    def _green_stopped(self):
        # The thread ended (at its clock's end time): is_alive() is False, join() returns.
        self._is_stopped = True

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            if not _block(lambda: self._is_stopped, None):
                _deadlock('Thread.join() of a thread that never ends')
        else:
            _block(lambda: self._is_stopped, max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        return True

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


class ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)" % len(args))
        return tuple.__new__(cls, args)

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)'
                % tuple(self))


def excepthook(args, /):
    """Handle uncaught Thread.run() exception."""
    if args.exc_type == SystemExit:
        # silently ignore SystemExit
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    import traceback
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _make_invoke_excepthook():
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")

    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:", file=stderr, flush=True)
            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*sys_exc_info())
        finally:
            args = None

    return invoke_excepthook


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started.set()
        self._ident = _MAIN_IDENT
        self._native_id = 1
        _active[self._ident] = self


class Timer(Thread):
    """Call a function after a specified number of seconds:

            t = Timer(30.0, f, args=None, kwargs=None)
            t.start()
            t.cancel()     # stop the timer's action if it's still waiting

    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main_thread = _MainThread()


_workers = {}


class _DummyThread(Thread):
    """A thread not started by threading (_thread.start_new_thread)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def _start_new_thread(function, args, kwargs):
    import functools
    return _green_start_raw(functools.partial(function, *args, **kwargs), function)


class _WorkerThread(Thread):
    """An executor's worker thread (a green thread of LoopScope's)."""

    def __init__(self, name, ident):
        Thread.__init__(self, name=name, daemon=False)
        self._started.set()
        self._ident = ident

    def is_alive(self):
        return True


def current_thread():
    """Return the current Thread object."""
    t = _green_thread()
    if t is None:
        return _main_thread
    if len(t) == 3:
        if isinstance(t[2], Thread):
            return t[2]
        # A thread of _thread.start_new_thread: a dummy Thread object, made on first use.
        try:
            return _active[t[1]]
        except KeyError:
            return _DummyThread()
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
    return len(_active) + len(_limbo)


activeCount = active_count


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive."""
    return list(_active.values()) + list(_limbo.values())


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



_builtin_type(Lock, '_thread.lock')
_builtin_type(RLock, '_thread.RLock')
_builtin_type(local, '_thread._local')
_builtin_type(ExceptHookArgs, '_thread._ExceptHookArgs')
