# Server lifecycle: start_serving=False (connect refused while bound only), serve_forever in a task, a second serve_forever, cancel, start_serving on a closed server
import asyncio
async def h(r, w):
    print("conn")
    w.close()
async def main():
    s = await asyncio.start_server(h, '127.0.0.1', 9400, start_serving=False)
    print(s.is_serving(), s)
    try:
        await asyncio.wait_for(asyncio.open_connection('127.0.0.1', 9400), 0.5)
    except OSError as e:
        print("not listening:", e)
    t = asyncio.create_task(s.serve_forever())
    await asyncio.sleep(0)
    print(s.is_serving())
    try:
        await s.serve_forever()
    except RuntimeError as e:
        print(e)
    r, w = await asyncio.open_connection('127.0.0.1', 9400)
    print(await r.read())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", s.is_serving(), s.sockets)
    try:
        await s.serve_forever()
    except RuntimeError as e:
        print(e)
    await s.start_serving()
    print(s.is_serving(), s.get_loop() is asyncio.get_running_loop())
    print(t)
asyncio.run(main())
