# start_server/open_connection echo exchange: readline, write, drain, close, wait_closed, async with server
import asyncio
async def handle(reader, writer):
    data = await reader.readline()
    msg = data.decode().strip()
    addr = writer.get_extra_info('peername')
    print(f"server got {msg!r}")
    writer.write(f"echo: {msg}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()
async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 8888)
    async with server:
        for i in range(3):
            reader, writer = await asyncio.open_connection('127.0.0.1', 8888)
            writer.write(f"hello {i}\n".encode())
            await writer.drain()
            line = await reader.readline()
            print("client got", line)
            writer.close()
            await writer.wait_closed()
asyncio.run(main())
