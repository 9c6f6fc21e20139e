import asyncio
import itertools
import logging

logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)


class TransientError(Exception):
    pass


async def flaky(counter=itertools.count()):
    n = next(counter)
    if n < 3:
        raise TransientError(f"attempt {n} failed")
    return "success"


async def retry(coro_fn, *, attempts=5, base=0.01):
    for attempt in range(1, attempts + 1):
        try:
            return await coro_fn()
        except TransientError as e:
            delay = base * 2 ** (attempt - 1)
            log.info("retrying in %.2fs after %s", delay, e)
            await asyncio.sleep(delay)
        except asyncio.CancelledError:
            log.warning("retry cancelled at attempt %d", attempt)
            raise
    raise RuntimeError("gave up")


async def main():
    print(await retry(flaky))


if __name__ == '__main__':
    asyncio.run(main())
