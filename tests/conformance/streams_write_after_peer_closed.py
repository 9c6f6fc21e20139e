# writing after the peer closed: the first send is lost, then drain raises ConnectionResetError, then BrokenPipeError
import asyncio
async def handle(reader, writer):
    data = await reader.read(10)
    print("server read", data)
    writer.close()
    await writer.wait_closed()
    print("server closed")

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 8765)
    r, w = await asyncio.open_connection('127.0.0.1', 8765)
    w.write(b"x")
    await asyncio.sleep(0.1)
    print("eof?", await r.read(), r.at_eof())
    for i in range(4):
        try:
            w.write(b"more")
            await w.drain()
            print("write", i, "ok", w.is_closing())
        except Exception as e:
            print("write", i, type(e).__name__, e)
        await asyncio.sleep(0.1)
    print(r.exception())
    w.close()
    try:
        await w.wait_closed()
        print("wait_closed ok")
    except Exception as e:
        print("wait_closed", type(e).__name__, e)
    server.close()
asyncio.run(main())
