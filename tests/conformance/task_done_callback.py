# Task done-callbacks get the task, run via call_soon after completion (also when cancelled), in registration order.
import asyncio


async def job(x):
    await asyncio.sleep(x)
    return x


async def main():
    t = asyncio.create_task(job(2), name="two")
    c = asyncio.create_task(job(5), name="five")
    for task in (t, c):
        task.add_done_callback(lambda tk: print("cb1", tk.get_name(), "cancelled" if tk.cancelled() else tk.result()))
        task.add_done_callback(lambda tk: print("cb2", tk.get_name(), asyncio.get_running_loop().time()))
    await t
    print("after await t")
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("after gather c")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
