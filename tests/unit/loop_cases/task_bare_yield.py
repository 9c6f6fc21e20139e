# [task] a bare yield (sleep(0), or an __await__ yielding None) gives every other ready task one turn; round-robin order
import asyncio


class BareYield:
    def __await__(self):
        yield
        return "resumed"


async def worker(name, n, log, how):
    for i in range(n):
        log.append(f"{name}{i}")
        if how == "sleep0":
            r = await asyncio.sleep(0)
        else:
            r = await BareYield()
    log.append(name + "-done:" + str(r))


async def main():
    for how in ("sleep0", "bare"):
        log = []
        ts = [asyncio.create_task(worker(n, 3, log, how)) for n in "ABC"]
        await asyncio.gather(*ts)
        print(how, " ".join(log))
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, "cb1")
    await asyncio.sleep(0)
    log.append("main after sleep(0)")
    loop.call_soon(log.append, "cb2")
    await BareYield()
    log.append("main after bare yield")
    print(log)
    print("sleep(0) result:", await asyncio.sleep(0), await asyncio.sleep(0, "r0"))


asyncio.run(main())
