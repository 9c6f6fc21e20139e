# a client returning without closing its StreamWriter: the writer's __del__ (3.11.7) closes the transport and the server reads EOF
import asyncio, gc
async def handle(reader, writer):
    data = await reader.read()
    print("server got", data, "eof", reader.at_eof())
    writer.close()

async def client():
    r, w = await asyncio.open_connection('127.0.0.1', 8555)
    w.write(b"fire and forget")
    print("client returns without close")

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 8555)
    await client()
    print("after client")
    await asyncio.sleep(0.1)
    server.close()
asyncio.run(main())
