# cancelling open_connection while it connects (the server still accepts and reads EOF), cancelling a pending readline, wait_for(readline) after write_eof
import asyncio
async def handle(reader, writer):
    name = asyncio.current_task().get_name()
    print("handler", name, "starts")
    data = await reader.read()
    print("handler", name, "read", data)
    writer.close()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 9600)
    t = asyncio.create_task(asyncio.open_connection('127.0.0.1', 9600))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("connect cancelled")
    r, w = await asyncio.open_connection('127.0.0.1', 9600)
    rl = asyncio.create_task(r.readline())
    await asyncio.sleep(0.1)
    rl.cancel()
    try:
        await rl
    except asyncio.CancelledError:
        print("readline cancelled", r)
    w.write(b"last")
    w.write_eof()
    try:
        print(await asyncio.wait_for(r.readline(), 0.2))
    except asyncio.TimeoutError:
        print("timeout")
    w.close()
    await w.wait_closed()
    await asyncio.sleep(0.1)
    server.close()
asyncio.run(main())
