# asyncio.threads: CPython 3.11's Lib/asyncio/threads.py (to_thread), over the native event loop.
# Its imports are done at call time. The loop's run_in_executor runs the function at once (LoopScope has no threads) and delivers
# its outcome through the loop, as a worker thread's call_soon_threadsafe would.
__name__ = "asyncio.threads"

__all__ = "to_thread",


async def to_thread(func, /, *args, **kwargs):
    """Asynchronously run function *func* in a separate thread.

    Any *args and **kwargs supplied for this function are directly passed
    to *func*. Also, the current :class:`contextvars.Context` is propagated,
    allowing context variables from the main thread to be accessed in the
    separate thread.

    Return a coroutine that can be awaited to get the eventual result of *func*.
    """
    # Imported here, not at the top: asyncio's import stays cheap, and contextvars is only
    # activated by programs that use it.
    import functools
    import contextvars
    from asyncio import events
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    func_call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
