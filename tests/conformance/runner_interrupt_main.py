# _thread.interrupt_main() simulates Ctrl+C arriving in the main thread: under asyncio.Runner its
# SIGINT handler cancels the main task (cancelling() == 1), run() raises KeyboardInterrupt and the
# runner stays usable; with no handler of Python's (SIG_IGN) nothing happens; a custom handler runs
# right away; out of range -> ValueError. Without a runner, default_int_handler's KeyboardInterrupt
# leaves run_until_complete from the callback that called it.
import _thread
import asyncio
import signal


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, _thread.interrupt_main)
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("main cancelled:", repr(e), asyncio.current_task().cancelling(), loop.time())
        raise


with asyncio.Runner() as runner:
    try:
        runner.run(main())
    except KeyboardInterrupt:
        print("KeyboardInterrupt from runner.run")
    print(runner.run(asyncio.sleep(1, "second run ok")))

old = signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
print("ignored SIGINT: nothing happened")
signal.signal(signal.SIGINT, lambda n, f: print("handler got", n, f.f_code.co_name))
_thread.interrupt_main(signal.SIGINT)
signal.signal(signal.SIGINT, old)
try:
    _thread.interrupt_main(100)
except ValueError as e:
    print("ValueError:", e)


async def ticker():
    await asyncio.sleep(3)

loop = asyncio.new_event_loop()
loop.call_later(0.5, _thread.interrupt_main)
try:
    loop.run_until_complete(ticker())
except KeyboardInterrupt:
    print("KeyboardInterrupt out of run_until_complete; running:", loop.is_running(), loop.time())
loop.run_until_complete(asyncio.sleep(0))
print([t.done() for t in asyncio.all_tasks(loop)])
loop.close()
