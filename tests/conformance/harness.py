#!/usr/bin/env python3
"""Run one conformance scenario under CPython 3.11 with a VIRTUAL clock.

Usage (from inside tests/conformance/):

    python3 harness.py NAME.py

The scenario runs as ``__main__`` exactly as ``python3 NAME.py`` would run
it, except that time is virtual:

* One global virtual clock ``now`` starts at 0.0 when the process starts.
* Every asyncio event loop (asyncio.run, Runner, new_event_loop,
  get_event_loop) is a selector loop whose ``time()`` is ``now``.  When the
  loop has nothing ready it does not sleep: the clock jumps to exactly the
  ``when`` of the earliest live timer.  If the loop has nothing ready and no
  timer at all, the real program would hang forever; the harness prints
  ``harness: deadlock ...`` on stderr and exits with status 124.
* ``time.monotonic()``/``perf_counter()`` (and ``*_ns``) return ``now``;
  ``time.time()`` returns ``1767225600.0 + now`` (2026-01-01 00:00:00 UTC);
  ``time.localtime()``/``gmtime()``/``ctime()``/``asctime()``/``strftime()``
  use that virtual wall time, in UTC (TZ is forced to UTC).
* ``time.sleep(x)`` never sleeps: it advances ``now`` by ``x`` (validating
  the argument like CPython does).  This is the same whether or not an event
  loop is running: with a running loop it models a blocking call that holds
  the loop for ``x`` seconds; without a loop it simply moves the clock.

Code objects are compiled with the bare file name (``NAME.py``), so
tracebacks, warnings and task reprs show ``File "NAME.py", line N`` and
``NAME.py:N``.  An uncaught exception is printed by a ``sys.excepthook`` that
drops the harness's own frames, so the traceback is what ``python3 NAME.py``
prints (modulo the absolute path CPython >= 3.9 shows for the script).
SystemExit and KeyboardInterrupt propagate to the real interpreter, so exit
codes (including the re-raised SIGINT for an uncaught KeyboardInterrupt) are
CPython's own.
"""

import os
import sys

HARNESS_FILE = os.path.abspath(__file__)
EPOCH = 1767225600.0          # 2026-01-01 00:00:00 UTC
EPOCH_NS = 1767225600 * 10**9


def _install(scenario_name):
    import time as _time
    import asyncio
    import asyncio.unix_events
    import selectors
    import traceback

    os.environ["TZ"] = "UTC"
    _time.tzset()

    clock = {"now": 0.0}

    # ---- the time module -------------------------------------------------
    real = {name: getattr(_time, name) for name in (
        "localtime", "gmtime", "asctime", "strftime", "ctime", "sleep")}

    def time():
        return EPOCH + clock["now"]

    def time_ns():
        return EPOCH_NS + round(clock["now"] * 1e9)

    def monotonic():
        return clock["now"]

    def monotonic_ns():
        return round(clock["now"] * 1e9)

    def sleep(secs):
        # Let CPython validate the argument (TypeError / ValueError with its
        # own messages) by sleeping for zero seconds of the same type.
        if not isinstance(secs, (int, float)):
            real["sleep"](secs)
        if secs < 0:
            raise ValueError("sleep length must be non-negative")
        real["sleep"](0)
        clock["now"] += secs

    def localtime(secs=None):
        return real["localtime"](time() if secs is None else secs)

    def gmtime(secs=None):
        return real["gmtime"](time() if secs is None else secs)

    def asctime(t=None):
        return real["asctime"](localtime() if t is None else t)

    def ctime(secs=None):
        return real["ctime"](time() if secs is None else secs)

    def strftime(format, t=None):
        return real["strftime"](format, localtime() if t is None else t)

    for fn in (time, time_ns, monotonic, monotonic_ns, sleep, localtime,
               gmtime, asctime, ctime, strftime):
        fn.__module__ = "time"
        setattr(_time, fn.__name__, fn)
    _time.perf_counter = monotonic
    _time.perf_counter_ns = monotonic_ns

    # ---- the event loop --------------------------------------------------
    class VirtualSelector(selectors.BaseSelector):
        """Delegates registrations to a real selector but never blocks."""

        def __init__(self):
            self._real = selectors.DefaultSelector()
            self.loop = None

        def register(self, fileobj, events, data=None):
            return self._real.register(fileobj, events, data)

        def unregister(self, fileobj):
            return self._real.unregister(fileobj)

        def modify(self, fileobj, events, data=None):
            return self._real.modify(fileobj, events, data)

        def get_key(self, fileobj):
            return self._real.get_key(fileobj)

        def get_map(self):
            return self._real.get_map()

        def close(self):
            self._real.close()

        def select(self, timeout=None):
            events = self._real.select(0)
            if events or timeout == 0:
                return events
            loop = self.loop
            if timeout is None or not loop._scheduled:
                sys.stdout.flush()
                sys.stderr.write(
                    "harness: deadlock: the event loop has no ready callback "
                    "and no timer (the real program would hang forever)\n")
                sys.stderr.flush()
                os._exit(124)
            # _run_once() already dropped cancelled timers from the head of
            # the heap: jump to exactly the earliest deadline.
            when = loop._scheduled[0]._when
            if when > clock["now"]:
                clock["now"] = when
            return []

    base_loop = asyncio.unix_events._UnixSelectorEventLoop

    class _UnixSelectorEventLoop(base_loop):
        def __init__(self, selector=None):
            sel = VirtualSelector()
            super().__init__(sel)
            sel.loop = self

        def time(self):
            return clock["now"]

    _UnixSelectorEventLoop.__module__ = base_loop.__module__
    _UnixSelectorEventLoop.__qualname__ = base_loop.__qualname__

    base_policy = asyncio.unix_events._UnixDefaultEventLoopPolicy

    class _UnixDefaultEventLoopPolicy(base_policy):
        _loop_factory = _UnixSelectorEventLoop

    _UnixDefaultEventLoopPolicy.__module__ = base_policy.__module__
    _UnixDefaultEventLoopPolicy.__qualname__ = base_policy.__qualname__

    asyncio.set_event_loop_policy(_UnixDefaultEventLoopPolicy())
    # Names that scripts may reach directly.
    asyncio.SelectorEventLoop = _UnixSelectorEventLoop
    asyncio.unix_events.SelectorEventLoop = _UnixSelectorEventLoop
    asyncio.DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
    asyncio.unix_events.DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

    # ---- hide the harness from tracebacks and stack walks ----------------
    def is_harness(frame):
        return frame.f_code.co_filename == HARNESS_FILE

    def strip(exc, seen):
        if exc is None or id(exc) in seen:
            return
        seen.add(id(exc))
        tb = exc.__traceback__
        while tb is not None and is_harness(tb.tb_frame):
            tb = tb.tb_next
        if tb is not exc.__traceback__:
            exc.__traceback__ = tb
        strip(exc.__cause__, seen)
        strip(exc.__context__, seen)
        if isinstance(exc, BaseExceptionGroup):
            for sub in exc.exceptions:
                strip(sub, seen)

    def excepthook(exc_type, exc, tb):
        if exc is not None:
            exc.__traceback__ = tb
            strip(exc, set())
            tb = exc.__traceback__
        sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = excepthook

    real_walk_stack = traceback.walk_stack

    def walk_stack(f):
        for frame, lineno in real_walk_stack(f):
            if is_harness(frame):
                return
            yield frame, lineno

    traceback.walk_stack = walk_stack

    # warnings.warn(stacklevel=N) reaching below the scenario's bottom frame:
    # CPython reports "sys:1" when the stack runs out; here the harness
    # frames are below, so emulate that instead of naming harness.py.
    import warnings
    real_warn = warnings.warn

    def warn(message, category=None, stacklevel=1, source=None):
        stacklevel = max(stacklevel, 1)  # CPython treats <= 0 like 1
        f = sys._getframe(1)
        for _ in range(stacklevel - 1):
            if f is None or is_harness(f):
                break
            f = f.f_back
        if f is not None and not is_harness(f):
            return real_warn(message, category, stacklevel + 1, source)
        if isinstance(message, Warning):
            category = message.__class__
        elif category is None:
            category = UserWarning
        registry = sys.__dict__.setdefault("__warningregistry__", {})
        return warnings.warn_explicit(message, category, "sys", 1,
                                      module="sys", registry=registry,
                                      source=source)

    warn.__module__ = "warnings"
    warnings.warn = warn


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: harness.py NAME.py [args...]\n")
        sys.exit(2)
    path = sys.argv[1]
    with open(path, "rb") as f:
        source = f.read()
    name = os.path.basename(path)
    sys.argv = [name] + sys.argv[2:]
    _install(name)

    import types
    mod = types.ModuleType("__main__")
    mod.__file__ = name
    mod.__builtins__ = __builtins__
    mod.__cached__ = None
    # keep the harness module alive while the scenario replaces __main__
    sys.modules["_loopscope_harness"] = sys.modules["__main__"]
    sys.modules["__main__"] = mod
    code = compile(source, name, "exec", dont_inherit=True)
    perturb = os.environ.get("LOOPSCOPE_HARNESS_PERTURB")
    if perturb:
        # Robustness check only (regen.py --perturb): shift heap addresses
        # so that output depending on id()/hash() order shows up as a diff.
        import random as _r
        rng = _r.Random(int(perturb))
        sys.modules["_loopscope_ballast"] = [
            bytearray(rng.randrange(1, 600)) if rng.random() < 0.5 else
            [None] * rng.randrange(1, 40) for _ in range(rng.randrange(50, 3000))]
        del _r, rng
    exec(code, mod.__dict__)


if __name__ == "__main__":
    main()
