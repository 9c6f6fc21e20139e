# The caller cancelled while awaiting shield() can catch the CancelledError and wait for the inner task again, as the docs suggest.
import asyncio


async def critical():
    await asyncio.sleep(4)
    print("critical section complete")
    return "saved"


async def caller():
    t = asyncio.create_task(critical())
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("cancelled; waiting for the critical task to finish first")
        res = await t
        print("critical returned", res, "- now propagating the cancel")
        raise


async def main():
    c = asyncio.create_task(caller())
    await asyncio.sleep(1)
    c.cancel()
    res = await asyncio.gather(c, return_exceptions=True)
    print(res, asyncio.get_running_loop().time())


asyncio.run(main())
