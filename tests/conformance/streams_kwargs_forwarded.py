# start_server/open_connection pass their other keywords to loop.create_server/create_connection (reuse_address, backlog, limit by keyword); argument errors raised when awaited
import asyncio
async def h(r, w):
    w.write(await r.readexactly(3)); w.close()
async def main():
    s = await asyncio.start_server(h, host='127.0.0.1', port=9500, reuse_address=True, backlog=5, limit=10)
    r, w = await asyncio.open_connection(port=9500, host='127.0.0.1', limit=100)
    w.write(b"abc")
    print(await r.read(), r)
    c = asyncio.start_server(h, '127.0.0.1', 9501, bogus=1)
    print(type(c).__name__)
    try:
        await c
    except TypeError as e:
        print(e)
    try:
        await asyncio.open_connection('127.0.0.1', 9500, nope=True)
    except TypeError as e:
        print(e)
    try:
        await asyncio.start_server()
    except TypeError as e:
        print(e)
    try:
        await asyncio.start_server(h, 'a', 1, 2)
    except TypeError as e:
        print(e)
    try:
        await asyncio.open_connection()
    except ValueError as e:
        print(e)
    s.close()
asyncio.run(main())
