# [toolkit][queue] Queue basics: maxsize, qsize/empty/full, put_nowait on a full queue raises QueueFull, get_nowait on an empty one QueueEmpty; maxsize <= 0 is unbounded; repr and str
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize", q.maxsize, "qsize", q.qsize(), "empty", q.empty(), "full", q.full())
    q.put_nowait("a")
    q.put_nowait("b")
    print("after two puts: qsize", q.qsize(), "full", q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("put_nowait on full:", type(e).__name__, repr(e), "is an Exception:", isinstance(e, Exception))
    print("str:", str(q))
    r = repr(q)
    print("repr:", r[:10], "...", r[r.index(" maxsize"):])
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait on empty:", type(e).__name__, repr(e))
    for m in (0, -1):
        u = asyncio.Queue(m)
        for i in range(1000):
            u.put_nowait(i)
        print(f"maxsize={m}: qsize", u.qsize(), "full", u.full(), "str", str(u).split(" _queue")[0])
    try:
        asyncio.Queue(loop=asyncio.get_running_loop())
    except TypeError as e:
        print("loop argument:", e)


asyncio.run(main())
