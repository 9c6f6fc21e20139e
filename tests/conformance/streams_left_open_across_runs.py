# a server and a connection left open when asyncio.run ends: the handler is cancelled (3.11.7's connection_made callback logs the CancelledError), and a later run still connects to the listening socket
import asyncio
async def h(r, w):
    try:
        await r.read()
    finally:
        print("handler finally")
async def main():
    s = await asyncio.start_server(h, '127.0.0.1', 9900)
    r, w = await asyncio.open_connection('127.0.0.1', 9900)
    w.write(b"pending")
    await asyncio.sleep(0.1)
    print("main returns")
    return r, w, s
res = asyncio.run(main())
print("after run", res[2].is_serving())
async def again():
    try:
        r, w = await asyncio.open_connection('127.0.0.1', 9900)
        print("connected again")
    except OSError as e:
        print("again:", e)
asyncio.run(asyncio.wait_for(again(), 1))
print("end")
