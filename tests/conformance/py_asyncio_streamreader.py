# asyncio.StreamReader fed by the program (feed_data/feed_eof from another task): readline, readexactly, readuntil, read, async for, IncompleteReadError, the limit's ValueError, repr; loaded through asyncio's module __getattr__ (a misspelt name still gets the usual 'Did you mean').
import asyncio

async def parse_http(reader: asyncio.StreamReader):
    request_line = (await reader.readline()).decode().rstrip("\r\n")
    headers = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        k, v = line.decode().rstrip("\r\n").split(": ", 1)
        headers[k.lower()] = v
    body = await reader.readexactly(int(headers.get("content-length", 0)))
    return request_line, headers, body

async def main():
    reader = asyncio.StreamReader()
    raw = b"POST /api HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world"
    async def feeder():
        for i in range(0, len(raw), 7):
            await asyncio.sleep(0.01)
            reader.feed_data(raw[i:i + 7])
        reader.feed_eof()
    asyncio.create_task(feeder())
    print(await parse_http(reader))
    r2 = asyncio.StreamReader()
    r2.feed_data(b"abc")
    r2.feed_eof()
    try:
        await r2.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    r3 = asyncio.StreamReader(limit=5)
    r3.feed_data(b"toolongline\n")
    try:
        await r3.readline()
    except ValueError as e:
        print("ValueError:", e)
    r4 = asyncio.StreamReader()
    r4.feed_data(b"a,b,c")
    r4.feed_eof()
    print(await r4.readuntil(b","), await r4.read(), r4.at_eof())

    from asyncio import StreamReader
    r5 = StreamReader()
    print(repr(r5))
    r5.feed_data(b"one\ntwo\nthree")
    r5.feed_eof()
    print(repr(r5))
    async for line in r5:
        print("line:", line)
    print(repr(r5), asyncio.streams.StreamReader is StreamReader)
    try:
        asyncio.StreamReadr
    except AttributeError as e:
        print(e)

asyncio.run(main())
