# Calling Task.__init__ (or Future.__init__) again on a live task starts it over as CPython's
# future_init/task init do: the outcome and callbacks of its previous life are dropped, it gets a
# new Task-N name, and it stays registered once (re-registering it made all_tasks() loop forever).
import asyncio


async def sleeper(n):
    await asyncio.sleep(n)
    return n


async def main():
    t = asyncio.create_task(sleeper(1))
    await asyncio.sleep(0)
    print(repr(t))
    asyncio.Task.__init__(t, sleeper(0.01))
    print(repr(t))
    print('tasks:', len(asyncio.all_tasks()))
    await asyncio.sleep(0.05)
    print(repr(t))

    done = asyncio.create_task(sleeper(0))
    await done
    print(repr(done))
    asyncio.Future.__init__(done)
    print(repr(done), done.done())
    done.cancel()
    print('tasks:', len(asyncio.all_tasks()))


asyncio.run(main())
print('end')
