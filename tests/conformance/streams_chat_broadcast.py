# a chat server broadcasting to several StreamWriters, gather of drains, wait_for(open_connection), readline loops to EOF
import asyncio
clients = {}
async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    clients[name] = writer
    print("joined", name, sorted(clients))
    try:
        while line := await reader.readline():
            msg = f"{name}: {line.decode().strip()}\n".encode()
            for other, w in clients.items():
                if other != name:
                    w.write(msg)
            await asyncio.gather(*(w.drain() for o, w in clients.items() if o != name))
    finally:
        del clients[name]
        print("left", name)
        writer.close()
        await writer.wait_closed()

async def user(name, lines, delay):
    r, w = await asyncio.wait_for(asyncio.open_connection('127.0.0.1', 9100), timeout=1)
    w.write(f"{name}\n".encode())
    await asyncio.sleep(delay)
    for l in lines:
        w.write(f"{l}\n".encode())
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)
    w.write_eof()
    got = []
    while True:
        line = await r.readline()
        if not line:
            break
        got.append(line.decode().strip())
    print(name, "received", got)
    w.close()
    await w.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 9100)
    async with server:
        await asyncio.gather(user("ann", ["hi", "how are you"], 0.1), user("bob", ["hello"], 0.15), user("cid", [], 0.2))
    print("server closed", server.is_serving())
asyncio.run(main())
