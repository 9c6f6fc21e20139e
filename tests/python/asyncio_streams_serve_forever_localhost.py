# asyncio.start_server on localhost (resolved in the executor) with serve_forever cancelled by server.close()
import asyncio
async def handle(reader, writer):
    try:
        while True:
            data = await reader.read(100)
            if not data:
                print("handler: peer closed")
                break
            writer.write(data)
            await writer.drain()
    except asyncio.CancelledError:
        print("handler cancelled")
        raise
    finally:
        writer.close()

async def stopper(server):
    await asyncio.sleep(1)
    print("stopping")
    server.close()

async def client():
    r, w = await asyncio.open_connection('localhost', 7000)
    for msg in [b"a", b"bb", b"ccc"]:
        w.write(msg)
        await w.drain()
        print("echo", await r.read(100))
        await asyncio.sleep(0.2)
    w.close()
    await w.wait_closed()

async def main():
    server = await asyncio.start_server(handle, 'localhost', 7000)
    addrs = ', '.join(str(sock.getsockname()) for sock in server.sockets)
    print(f'Serving on {addrs}')
    asyncio.create_task(stopper(server))
    asyncio.create_task(client())
    async with server:
        try:
            await server.serve_forever()
        except asyncio.CancelledError:
            print("serve_forever cancelled", server.is_serving())
    print("end", [t.get_name() for t in asyncio.all_tasks()])
asyncio.run(main())
