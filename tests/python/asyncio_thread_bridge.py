# The thread bridge on one thread: to_thread passes func= and other keywords through to the function,
# wrap_future(loop=) turns concurrent.futures' CancelledError/InvalidStateError into asyncio's,
# run_coroutine_threadsafe on a closed loop (the coroutine warns 'never awaited' when the except
# block ends), a concurrent future cancelled before its task starts, and asyncio.base_tasks'
# _task_get_stack/_task_print_stack called directly.
import asyncio, concurrent.futures, io
import asyncio.base_tasks, asyncio.threads


def f(*a, **k):
    return a, sorted(k.items())


async def inner():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(f, 1, 2, func=3, x=4))
    print(asyncio.threads.to_thread is asyncio.to_thread, asyncio.to_thread.__module__)
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf, loop=loop)
    cf.set_exception(concurrent.futures.CancelledError("x"))
    try:
        await af
    except asyncio.CancelledError as e:
        print("cancelled", e.args, af.cancelled())
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf, loop=loop)
    cf.set_exception(concurrent.futures.InvalidStateError("y"))
    try:
        await af
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e.args)
    other = asyncio.new_event_loop()
    other.close()
    try:
        asyncio.run_coroutine_threadsafe(inner(), other)
    except RuntimeError as e:
        print("closed:", e)
    print("after the except block")
    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    print([fr.f_code.co_name for fr in asyncio.base_tasks._task_get_stack(t, None)])
    buf = io.StringIO()
    asyncio.base_tasks._task_print_stack(t, 5, buf)
    print(buf.getvalue().splitlines()[1:])
    t.cancel()
    f2 = asyncio.run_coroutine_threadsafe(inner(), loop)
    f2.cancel()
    await asyncio.sleep(0)
    print("cancelled before it started:", f2.cancelled())


asyncio.run(main())
