# asyncio.futures' chaining of asyncio and concurrent.futures futures (_chain_future, wrap_future)
# and asyncio.tasks.run_coroutine_threadsafe: CPython 3.11's Python code (Lib/asyncio/futures.py,
# Lib/asyncio/tasks.py) over the native Future/Task and event loop. LoopScope runs one thread, so
# call_soon_threadsafe is call_soon: a concurrent future set by the program (or a callback) reaches
# its asyncio future through the loop, as it would from another thread.
# concurrent.futures is imported at call time: asyncio's import stays cheap.
__name__ = "asyncio.futures"

import sys as _sys


def _futures_mod():
    import concurrent.futures
    return concurrent.futures


def isfuture(obj):
    import asyncio
    return asyncio.isfuture(obj)


def _get_loop(fut):
    # Tries to call Future.get_loop() if it's available.
    # Otherwise fallbacks to using the old '_loop' property.
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _convert_future_exc(exc):
    from asyncio import exceptions
    cf = _futures_mod()
    exc_class = type(exc)
    if exc_class is cf.CancelledError:
        return exceptions.CancelledError(*exc.args)
    elif exc_class is cf.TimeoutError:
        return exceptions.TimeoutError(*exc.args)
    elif exc_class is cf.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    else:
        return exc


def _set_concurrent_future_state(concurrent, source):
    """Copy state from a future to a concurrent.futures.Future."""
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        result = source.result()
        concurrent.set_result(result)


def _copy_future_state(source, dest):
    """Internal helper to copy state from another Future.

    The other Future may be a concurrent.futures.Future.
    """
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            result = source.result()
            dest.set_result(result)


def _chain_future(source, destination):
    """Chain two futures so that when one completes, so does the other.

    The result (or exception) of source will be copied to destination.
    If destination is cancelled, source gets cancelled too.
    Compatible with both asyncio.Future and concurrent.futures.Future.
    """
    cf = _futures_mod()
    if not isfuture(source) and not isinstance(source,
                                               cf.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination,
                                                    cf.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if (destination.cancelled() and
                dest_loop is not None and dest_loop.is_closed()):
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap concurrent.futures.Future object."""
    if isfuture(future):
        return future
    assert isinstance(future, _futures_mod().Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        from asyncio import events
        loop = events._get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine object to a given event loop.

    Return a concurrent.futures.Future to access the result.
    """
    from asyncio import coroutines, ensure_future
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = _futures_mod().Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


run_coroutine_threadsafe.__module__ = "asyncio.tasks"
