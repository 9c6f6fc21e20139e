# start_server(host=None / port only) binds 0.0.0.0 and :: in the order of CPython's set of addrinfos; connecting by 127.0.0.1, localhost, ::1; Errno 98 against a wildcard bind
import asyncio
async def h(r, w):
    w.write(b"hi\n"); w.close()
async def main():
    s = await asyncio.start_server(h, None, 8777)
    print([sock.getsockname() for sock in s.sockets])
    s2 = await asyncio.start_server(h, port=8778)
    print([sock.getsockname()[0] for sock in s2.sockets])
    for host in ['127.0.0.1', 'localhost', '::1']:
        r, w = await asyncio.open_connection(host, 8777)
        print(host, await r.readline(), w.get_extra_info('peername'))
    try:
        await asyncio.start_server(h, '127.0.0.1', 8777)
    except OSError as e:
        print(e)
    s.close(); s2.close()
asyncio.run(main())
