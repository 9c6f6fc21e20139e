# Ctrl+C under asyncio.run(): the main task is cancelled, so `finally` blocks can await their cleanup.
import asyncio
import signal


class Exchange:
    def __init__(self, name):
        self.name = name

    async def close(self):
        await asyncio.sleep(0.5)  # closing takes a round trip
        print(f"{self.name}: closed")


async def broker(exchange):
    try:
        while True:
            await asyncio.sleep(1)
            print(f"{exchange.name}: trading")
    finally:
        await exchange.close()  # runs on Ctrl+C too: cancellation, not KeyboardInterrupt, arrives here


async def main():
    brokers = [asyncio.create_task(broker(Exchange(n)), name=n) for n in ("alpha", "beta")]
    await asyncio.sleep(2.5)
    signal.raise_signal(signal.SIGINT)  # what pressing Ctrl+C does at this moment
    await asyncio.gather(*brokers)


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("asyncio.run raised KeyboardInterrupt after the cleanup")
