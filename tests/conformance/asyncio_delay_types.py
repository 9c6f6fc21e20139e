# Delays are added to loop.time() with Python's + as CPython's call_later does: sleep(), wait_for(),
# wait(timeout=), call_later() reject a Decimal or a str with the addition's TypeError, accept
# Fraction or a type with __radd__.
import asyncio, fractions, decimal
class Secs:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __radd__(self, o): return o + self.v
async def main():
    loop = asyncio.get_running_loop()
    for d in (True, 1, 0.5, fractions.Fraction(1, 4), decimal.Decimal('0.25'), Secs(0.1)):
        t0 = loop.time()
        try:
            await asyncio.sleep(d)
            print(type(d).__name__, 'slept', round(loop.time() - t0, 3))
        except Exception as e:
            print(type(d).__name__, type(e).__name__, e)
        try:
            async with asyncio.timeout(d):
                await asyncio.sleep(0)
            print(' timeout ok')
        except Exception as e:
            print(' timeout', type(e).__name__, e)
        try:
            print(' wait_for', await asyncio.wait_for(asyncio.sleep(0, 'x'), d))
        except Exception as e:
            print(' wait_for', type(e).__name__, e)
        try:
            h = loop.call_later(d, print)
            print(' call_later when-delta', round(h.when() - loop.time(), 3), type(h.when()).__name__)
            h.cancel()
        except Exception as e:
            print(' call_later', type(e).__name__, e)
    for bad in ('x', decimal.Decimal('1')):
        try:
            await asyncio.wait([asyncio.ensure_future(asyncio.sleep(0))], timeout=bad)
        except TypeError as e:
            print('wait timeout', e)
        for _ in asyncio.all_tasks():
            pass
        try:
            for f in asyncio.as_completed([asyncio.sleep(0)], timeout=bad):
                await f
        except TypeError as e:
            print('as_completed timeout', e)
    await asyncio.sleep(0)
asyncio.run(main())
