# logging from tasks: asctime follows the virtual clock as tasks sleep; funcName/lineno of each coroutine
import asyncio
import logging
import sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(asctime)s %(levelname)-7s %(name)s %(funcName)s:%(lineno)d %(message)s')
log = logging.getLogger('worker')
log.setLevel(logging.DEBUG)  # asyncio's own DEBUG records stay hidden
async def worker(n, delay):
    log.info('worker %d starts', n)
    await asyncio.sleep(delay)
    if n == 2:
        raise ValueError(f'worker {n} failed')
    log.debug('worker %d done after %.1fs', n, delay)
    return n
async def main():
    results = await asyncio.gather(*(worker(i, 0.5 * i) for i in range(1, 4)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            log.error('got %r', r)
    try:
        await worker(2, 1.25)
    except ValueError:
        log.exception('direct await failed')
asyncio.run(main())
