# three clients at once: handler tasks Task-N, async for over a StreamReader, writelines, write_eof, read() to EOF
import asyncio
# chat-like: several clients concurrently, handler uses async for, write_eof, readexactly
log = []
async def handle(reader, writer):
    name = asyncio.current_task().get_name()
    peer = writer.get_extra_info('peername')
    print("conn", name, peer[0], writer.can_write_eof())
    count = 0
    async for line in reader:
        count += 1
        writer.write(b"> " + line)
    print("handler eof", name, count, reader.at_eof())
    writer.write(b"bye\n")
    await writer.drain()
    writer.close()

async def client(i):
    r, w = await asyncio.open_connection('127.0.0.1', 9000)
    w.writelines([f"line{i}-{k}\n".encode() for k in range(3)])
    await w.drain()
    w.write_eof()
    data = await r.read()
    print("client", i, data)
    w.close()
    await w.wait_closed()
    print("client closed", i, w.is_closing())

async def main():
    srv = await asyncio.start_server(handle, '127.0.0.1', 9000)
    print(srv.is_serving(), len(srv.sockets))
    await asyncio.gather(*(client(i) for i in range(3)))
    srv.close()
    await srv.wait_closed()
    print("done", srv.is_serving())
asyncio.run(main())
