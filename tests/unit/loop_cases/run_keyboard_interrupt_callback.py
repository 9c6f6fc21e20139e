# [run][cancel] KeyboardInterrupt from a loop callback (what Ctrl+C does to run_until_complete) stops the loop; the program can run cleanup on the same loop afterwards (seed question about ccxt close())
import asyncio


async def main():
    print("Started, press ctrl+C")
    await asyncio.sleep(10)


async def close():
    print("Finalizing...")
    await asyncio.sleep(1)
    print("closed at", asyncio.get_running_loop().time())


def ctrl_c():
    raise KeyboardInterrupt


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.call_later(2, ctrl_c)
try:
    loop.run_until_complete(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt at", loop.time())
    loop.run_until_complete(close())
finally:
    print("Program finished")
main_task = [t for t in asyncio.all_tasks(loop)]
print("main task still pending:", len(main_task), main_task[0].get_coro().__name__)
main_task[0].cancel()
loop.run_until_complete(asyncio.sleep(0))
print("cancelled:", main_task[0].cancelled())


async def raises_in_task():
    await asyncio.sleep(1)
    raise KeyboardInterrupt


try:
    loop.run_until_complete(raises_in_task())
except KeyboardInterrupt:
    print("KeyboardInterrupt from a task's coroutine reaches run_until_complete's caller")
leftovers = asyncio.all_tasks(loop)
print("tasks left:", len(leftovers))
loop.close()
