# StreamReader alone: feed_data/feed_eof, readuntil, readexactly, LimitOverrunError, IncompleteReadError, set_exception, reprs
import asyncio
async def main():
    r = asyncio.StreamReader()
    print(r)
    r.feed_data(b"hello world\nrest")
    print(r, r.at_eof())
    print(await r.readuntil(b" "))
    print(await r.readline())
    try:
        print(await r.readexactly(4))
    except asyncio.IncompleteReadError as e:
        print("never", e)
    r2 = asyncio.StreamReader(limit=5)
    print(r2)
    r2.feed_data(b"abcdefghij\nxy")
    try:
        await r2.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    try:
        await r2.readline()
    except ValueError as e:
        print("ValueError", e)
    print(await r2.read(1))
    r2.feed_eof()
    print(r2)
    print(await r2.read(), r2.at_eof())
    r3 = asyncio.StreamReader()
    r3.feed_data(b"abc")
    r3.feed_eof()
    try:
        await r3.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    r4 = asyncio.StreamReader()
    r4.feed_data(b"xyz")
    r4.feed_eof()
    try:
        await r4.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print(e, e.partial, e.expected)
    r5 = asyncio.StreamReader()
    async def feeder():
        for chunk in [b"ab", b"c\nde", b"f\n"]:
            await asyncio.sleep(0.1)
            r5.feed_data(chunk)
        await asyncio.sleep(0.1)
        r5.set_exception(RuntimeError("boom"))
    t = asyncio.create_task(feeder())
    print(await r5.readline(), asyncio.get_running_loop().time())
    print(await r5.readline())
    try:
        await r5.read(3)
    except RuntimeError as e:
        print("exc", e, r5.exception())
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(e)
    r6 = asyncio.StreamReader()
    async def w():
        return await r6.read(1)
    t1 = asyncio.create_task(w())
    await asyncio.sleep(0)
    try:
        await r6.readline()
    except RuntimeError as e:
        print(e)
    t1.cancel()
asyncio.run(main())
