# asyncio.run() and asyncio.Runner in a threading.Thread (LoopScope: handed on to frames of the
# green thread, so that the thread's loop waits suspended on the virtual clock while the main
# thread goes on): a task left pending is cancelled at shutdown and its error reported to the
# loop's exception handler, an async generator left open is closed by shutdown_asyncgens (also
# when the main coroutine fails and the traceback keeps it), to_thread from the thread's loop,
# the main coroutine's exception reaching threading.excepthook, a Runner running twice in a
# thread while the main thread runs its own. Real CPython, real sleeps spaced 0.1 s apart.
import asyncio
import threading
import time

T0 = time.monotonic()


def now():
    return f"t{round((time.monotonic() - T0) / 0.1)}"


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(now(), "stubborn cancelled")
        raise ValueError("refuses")


async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print(now(), "agen finally")


async def amain(fail):
    asyncio.get_running_loop().set_exception_handler(
        lambda lp, ctx: print(now(), "handler:", ctx["message"], repr(ctx.get("exception"))))
    asyncio.create_task(stubborn())
    g = agen()
    print(now(), "first", await g.__anext__())
    await asyncio.to_thread(time.sleep, 0.2)
    print(now(), "to_thread done", threading.current_thread().name)
    await asyncio.sleep(0.2)
    if fail:
        raise KeyError("main failed")
    return "ok"


def th(fail):
    try:
        print(now(), "result", asyncio.run(amain(fail)))
    finally:
        print(now(), "thread finally", asyncio._get_running_loop())


def hook(args):
    print(now(), "excepthook:", args.thread.name, repr(args.exc_value))


threading.excepthook = hook
t = threading.Thread(target=th, args=(False,))
t.start()
time.sleep(0.3)
print(now(), "main", t.is_alive())
t.join()
print(now(), "joined")

T0 = time.monotonic()
t = threading.Thread(target=th, args=(True,), name="failing")
t.start()
time.sleep(0.1)
print(now(), "main")
t.join()

T0 = time.monotonic()
with asyncio.Runner() as r:
    print(now(), "main runner", r.run(asyncio.sleep(0.1, "slept")))


def th2():
    with asyncio.Runner() as r:
        a = r.run(asyncio.sleep(0.2, "a"))
        print(now(), "thread runner", a, r.run(asyncio.sleep(0.2, "b")))


T0 = time.monotonic()
t = threading.Thread(target=th2)
t.start()
time.sleep(0.3)
print(now(), "main between")
t.join()
print(now(), "end")
