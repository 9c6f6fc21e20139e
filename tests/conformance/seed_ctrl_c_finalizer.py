# Seed: KeyboardInterrupt escaping run_until_complete is caught outside the loop, and a finalizer coroutine runs on the same loop.
import asyncio


class Exchange:
    def __init__(self, name):
        self.name = name
        self.closed = False

    async def close(self):
        await asyncio.sleep(0.5)
        self.closed = True
        print("closed", self.name)


exchanges = [Exchange("alpha"), Exchange("beta")]


async def main():
    print("Started, press ctrl+C")
    await asyncio.sleep(10)
    raise KeyboardInterrupt  # what the user's Ctrl+C would raise here


async def close_all():
    print("Finalizing...")
    await asyncio.gather(*(e.close() for e in exchanges))


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(main())
    except KeyboardInterrupt:
        print("KeyboardInterrupt at", loop.time())
        loop.run_until_complete(close_all())
    finally:
        print("Program finished; all closed:", all(e.closed for e in exchanges))
        loop.close()
