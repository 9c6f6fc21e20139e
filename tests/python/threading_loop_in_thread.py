# An event loop run by a threading.Thread (LoopScope: the thread's loop.run_forever() runs as
# frames of its green thread, which waits suspended on the virtual clock while the loop has
# nothing to do): run_coroutine_threadsafe from the main thread with result(), result(timeout)
# timing out and cancel(), call_soon_threadsafe of a callback, of a failing one (the loop's exception handler) and of
# loop.stop;
# a thread function that sets the loop as its event loop, and loop.run_until_complete in a thread
# while the main thread ticks. Real CPython, real sleeps spaced 0.1 s apart.
import asyncio
import threading
import time

T0 = time.monotonic()


def now():
    return f"t{round((time.monotonic() - T0) / 0.1)}"


async def work(n):
    print(now(), "work start", n, threading.current_thread().name)
    await asyncio.sleep(0.1)
    print(now(), "work end", n)
    return n * 2


loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever, name="loop-thread")
t.start()
fut = asyncio.run_coroutine_threadsafe(work(1), loop)
print(now(), "result", fut.result(), type(fut).__name__, loop.is_running())
fut2 = asyncio.run_coroutine_threadsafe(work(2), loop)
print(now(), "result2", fut2.result(timeout=1))
loop.call_soon_threadsafe(loop.stop)
t.join()
print(now(), "loop running", loop.is_running(), loop.is_closed())
loop.close()


def start(loop):
    asyncio.set_event_loop(loop)
    print("loop thread", threading.current_thread().name, asyncio.get_event_loop() is loop)
    loop.run_forever()
    print(now(), "run_forever returned")


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.2)
        print(now(), "tick", i, asyncio.get_running_loop() is loop2)
    return "ticked"


async def fails():
    await asyncio.sleep(0.1)
    raise KeyError("x")


T0 = time.monotonic()
loop2 = asyncio.new_event_loop()
t = threading.Thread(target=start, args=(loop2,), daemon=True)
t.start()
f1 = asyncio.run_coroutine_threadsafe(ticker(3), loop2)
time.sleep(0.3)
print(now(), "main slept", f1.done())
loop2.call_soon_threadsafe(print, "callback from main")
time.sleep(0.1)
print(now(), f1.result())
loop2.set_exception_handler(lambda lp, ctx: print(now(), "handler:", ctx["message"], repr(ctx["exception"])))
loop2.call_soon_threadsafe(lambda: 1 / 0)
time.sleep(0.1)
f2 = asyncio.run_coroutine_threadsafe(fails(), loop2)
try:
    f2.result()
except KeyError as e:
    print(now(), "KeyError", e)
f3 = asyncio.run_coroutine_threadsafe(asyncio.sleep(5), loop2)
try:
    f3.result(timeout=0.2)
except TimeoutError:
    print(now(), "timeout")
f3.cancel()
time.sleep(0.1)
print(now(), "cancelled", f3.cancelled())
loop2.call_soon_threadsafe(loop2.stop)
t.join()
print(now(), "joined", loop2.is_running())
loop2.run_until_complete(asyncio.sleep(0.1))
print(now(), "main ran it too")
loop2.close()


async def amain(tag):
    for i in range(3):
        await asyncio.sleep(0.2)
        print(now(), tag, "tick", i, threading.current_thread().name)
    return tag


def runner_ruc():
    lp = asyncio.new_event_loop()
    try:
        print(now(), "ruc result", lp.run_until_complete(amain("ruc")))
    finally:
        lp.close()


T0 = time.monotonic()
t1 = threading.Thread(target=runner_ruc)
t1.start()
for i in range(3):
    time.sleep(0.33)
    print(now(), "main tick", i)
t1.join()
print(now(), "t1 joined")
