# Done callbacks run via call_soon in registration order, get the future, can be removed, and run soon even if added after completion.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    log = []

    def cb(name):
        def inner(fut):
            log.append((name, fut.result()))
        return inner

    a, b, c = cb("a"), cb("b"), cb("c")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    f.add_done_callback(c)
    print("removed:", f.remove_done_callback(a))
    print("removed again:", f.remove_done_callback(a))
    f.set_result(7)
    print("right after set_result:", log)
    await asyncio.sleep(0)
    print("after one iteration:", log)
    f.add_done_callback(cb("late"))
    print("late, before yield:", log[-1])
    await asyncio.sleep(0)
    print("late, after yield:", log[-1])


asyncio.run(main())
