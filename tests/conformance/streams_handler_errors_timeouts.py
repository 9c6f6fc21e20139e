# handler tasks: wait_for(readline) timeout, an exception (Unhandled exception in client_connected_cb), cancellation at asyncio.run end; port 0
import asyncio
events = []
async def handle(reader, writer):
    name = asyncio.current_task().get_name()
    try:
        line = await asyncio.wait_for(reader.readline(), timeout=0.5)
        print(name, "got", line)
        if line == b"boom\n":
            raise ValueError("handler failed")
        await asyncio.sleep(10)
    except asyncio.TimeoutError:
        print(name, "timeout, reader:", reader)
        writer.write(b"too slow\n")
        await writer.drain()
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print("port assigned", port > 0)
    r1, w1 = await asyncio.open_connection('127.0.0.1', port)
    r2, w2 = await asyncio.open_connection('127.0.0.1', port)
    r3, w3 = await asyncio.open_connection('127.0.0.1', port)
    w2.write(b"boom\n")
    w3.write(b"hi\n")
    print("c1", await r1.readline())
    await asyncio.sleep(1)
    w1.close()
    await w1.wait_closed()
    server.close()
    await server.wait_closed()
    print("main done", len(asyncio.all_tasks()))
asyncio.run(main())
print("after run")
