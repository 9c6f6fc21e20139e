# [seed][cancel] seed Q5: under asyncio.run, Ctrl+C never reaches `except KeyboardInterrupt` inside coroutines (a KeyboardInterrupt raised by a callback stops the loop; the shutdown then cancels the tasks); cleanup belongs in finally / CancelledError handlers or around run_until_complete
import asyncio

log = []


class Exchange:
    async def close(self):
        await asyncio.sleep(0)
        log.append("exchange closed")


async def safe_exit(exchange):
    await exchange.close()


class Broker:
    def __init__(self, exchange):
        self.exchange = exchange

    async def execute_strategies(self):
        await asyncio.sleep(1)

    async def run(self):
        while True:
            try:
                await self.execute_strategies()
            except KeyboardInterrupt:
                log.append("except KeyboardInterrupt in Broker.run")
                await safe_exit(self.exchange)


class CleanBroker(Broker):
    async def run(self):
        try:
            await super().run()
        finally:
            log.append("finally in CleanBroker.run, cancelling=%d" % asyncio.current_task().cancelling())
            await safe_exit(self.exchange)


def ctrl_c():
    raise KeyboardInterrupt


async def main(broker_cls):
    asyncio.get_running_loop().call_later(2.5, ctrl_c)
    brokers = [broker_cls(Exchange()) for _ in range(2)]
    futures = [asyncio.ensure_future(b.run()) for b in brokers]
    return await asyncio.gather(*futures)


for cls in (Broker, CleanBroker):
    try:
        asyncio.run(main(cls))
    except KeyboardInterrupt:
        print(cls.__name__, "KeyboardInterrupt out of asyncio.run; log:", log)
    log.clear()
