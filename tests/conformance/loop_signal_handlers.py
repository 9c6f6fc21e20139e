# loop.add_signal_handler(): the handler runs through the loop (the self-pipe wake-up) after signal.raise_signal / os.kill of this process, in CPython's order relative to other callbacks; removal, cancelled handles, validation errors, close() restoring the defaults.
import asyncio
import os
import signal


async def ticker(log, n):
    for i in range(n):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    got = asyncio.Event()

    def on_usr1(tag, *rest):
        log.append(f"handler {tag} {rest}")
        got.set()

    loop.add_signal_handler(signal.SIGUSR1, on_usr1, "usr1", 7)
    print("installed:", signal.getsignal(signal.SIGUSR1) not in (signal.SIG_DFL, signal.SIG_IGN))
    t = asyncio.create_task(ticker(log, 5))
    loop.call_soon(log.append, "soon before")
    signal.raise_signal(signal.SIGUSR1)
    loop.call_soon(log.append, "soon after")
    log.append("raised")
    await got.wait()
    log.append("woke")
    await t
    print(log)

    log.clear()
    got.clear()
    loop.call_later(0.5, log.append, "timer")
    os.kill(os.getpid(), signal.SIGUSR1)
    log.append("killed")
    await got.wait()
    await asyncio.sleep(1)
    print(log)

    # Two signals before the loop looks: one callback each.
    log.clear()
    signal.raise_signal(signal.SIGUSR1)
    signal.raise_signal(signal.SIGUSR1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)

    # Replacing and removing.
    loop.add_signal_handler(signal.SIGUSR2, lambda: log.append("usr2 first"))
    loop.add_signal_handler(signal.SIGUSR2, lambda: log.append("usr2 second"))
    log.clear()
    signal.raise_signal(signal.SIGUSR2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    print(loop.remove_signal_handler(signal.SIGUSR2), loop.remove_signal_handler(signal.SIGUSR2))
    print("restored:", signal.getsignal(signal.SIGUSR2) is signal.SIG_DFL)

    # Validation.
    for sig, cb in ((signal.SIGKILL, print), (signal.SIGSTOP, print), (999, print), (0, print),
                    ("x", print), (signal.SIGUSR2, main), (signal.SIGUSR2, main()), (signal.SIGUSR2, ticker)):
        try:
            loop.add_signal_handler(sig, cb)
            print("accepted", sig)
        except (RuntimeError, ValueError, TypeError) as e:
            print(type(e).__name__, e)
        finally:
            if asyncio.iscoroutine(cb):
                cb.close()
    for sig in (999, "x"):
        try:
            loop.remove_signal_handler(sig)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    print(loop.remove_signal_handler(signal.SIGHUP))

    # SIGINT through the loop instead of KeyboardInterrupt.
    loop.add_signal_handler(signal.SIGINT, lambda: log.append("sigint via loop"))
    log.clear()
    signal.raise_signal(signal.SIGINT)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    loop.remove_signal_handler(signal.SIGINT)
    print("sigint restored:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    return loop


loop = asyncio.run(main())
print("after close:", signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL, loop.is_closed())
