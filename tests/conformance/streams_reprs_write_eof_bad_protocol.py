# StreamReader repr with a waiter, write_eof twice and write after it, a Protocol whose connection_made raises (Exception in callback)
import asyncio
class Bad(asyncio.Protocol):
    def connection_made(self, tr):
        raise RuntimeError("no thanks")
async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(lambda r, w: w.close(), '127.0.0.1', 9700)
    r, w = await asyncio.open_connection('127.0.0.1', 9700)
    t = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    print(r)
    w.write_eof()
    print(w.transport, w.can_write_eof())
    w.write_eof()
    try:
        w.write(b"x")
    except RuntimeError as e:
        print(e)
    print(await t, r)
    srv2 = await loop.create_server(Bad, '127.0.0.1', 9701)
    tr, pr = await loop.create_connection(asyncio.Protocol, '127.0.0.1', 9701)
    await asyncio.sleep(0.1)
    print(tr)
    tr.close()
    w.close()
    server.close(); srv2.close()
asyncio.run(main())
