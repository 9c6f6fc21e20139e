# streams misused: transport calls after close, feed_data after feed_eof, set_transport twice, a StreamReaderProtocol without reader, a StreamReader subclass, serve_forever on a closed server, an unknown host (socket.gaierror)
import asyncio
async def h(r, w):
    w.close()
async def main():
    s = await asyncio.start_server(h, '127.0.0.1', 9950)
    r, w = await asyncio.open_connection('127.0.0.1', 9950)
    tr = w.transport
    tr.close(); tr.close()
    await asyncio.sleep(0.1)
    tr.write(b"after close"); tr.write(b"again")
    print(tr.get_extra_info('peername'), tr.get_extra_info('nope', 'dflt'), tr.is_closing(), tr.get_protocol())
    tr.abort(); tr.pause_reading(); tr.resume_reading(); tr.write_eof()
    print(tr)
    try:
        r.feed_data(b"x")
    except AssertionError as e:
        print("AssertionError", e)
    try:
        r.feed_data(b"")
    except AssertionError as e:
        print("AssertionError2", e)
    try:
        r.set_transport(None)
    except AssertionError as e:
        print("AssertionError", e)
    p = asyncio.StreamReaderProtocol(None)
    p.data_received(b"x"); p.eof_received(); p.connection_lost(None)
    try:
        await p._drain_helper()
    except ConnectionResetError as e:
        print("CRE", e)
    class MyReader(asyncio.StreamReader):
        pass
    mr = MyReader(limit=3)
    mr.feed_data(b"ab\ncd")
    mr.feed_eof()
    print([l async for l in mr], mr)
    s.close(); s.close()
    await s.wait_closed()
    try:
        await s.serve_forever()
    except RuntimeError as e:
        print(e)
    try:
        await asyncio.open_connection('no.such.host.invalid', 80)
    except OSError as e:
        print(type(e).__name__, e.errno)
asyncio.run(main())
