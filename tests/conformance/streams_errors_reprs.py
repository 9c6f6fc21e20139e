# bind to an address in use (Errno 98), connect refused (Errno 111), Server/StreamWriter/transport reprs as they close
import asyncio
async def h(r, w): pass
async def main():
    s = await asyncio.start_server(h, '127.0.0.1', 8890)
    print(s)
    print(s.sockets[0].getsockname(), s.sockets[0].fileno())
    try:
        await asyncio.start_server(h, '127.0.0.1', 8890)
    except OSError as e:
        print(type(e).__name__, e, e.errno)
    try:
        await asyncio.open_connection('127.0.0.1', 8891)
    except OSError as e:
        print(type(e).__name__, e, e.errno)
    r, w = await asyncio.open_connection('127.0.0.1', 8890)
    print(w, r)
    print(w.transport, w.get_extra_info('sockname')[0], w.get_extra_info("peername"))
    w.close()
    print(w.transport, w.is_closing())
    await w.wait_closed()
    print(w.transport)
    s.close()
    print(s, s.is_serving())
asyncio.run(main())
