# Linked tasks: when one fails or is cancelled, a done-callback cancels its partner.
import asyncio


def link(a, b):
    def on_done(other, finished):
        if (finished.cancelled() or finished.exception() is not None) and not other.done():
            print(f"link: {finished.get_name()} died, cancelling {other.get_name()}")
            other.cancel()

    a.add_done_callback(lambda t: on_done(b, t))
    b.add_done_callback(lambda t: on_done(a, t))


async def uploader():
    for chunk in range(1, 10):
        await asyncio.sleep(1)
        print("uploader: sent chunk", chunk)
        if chunk == 3:
            raise ConnectionError("connection reset")


async def keepalive():
    try:
        while True:
            await asyncio.sleep(0.5)
    finally:
        print("keepalive: stopped")


async def main():
    up = asyncio.create_task(uploader(), name="uploader")
    ka = asyncio.create_task(keepalive(), name="keepalive")
    link(up, ka)
    results = await asyncio.gather(up, ka, return_exceptions=True)
    print("results:", results)


asyncio.run(main())
