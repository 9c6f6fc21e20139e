# contextlib: asynccontextmanager and AsyncExitStack under asyncio.run
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, nullcontext
@asynccontextmanager
async def acm(x):
    print('aenter', x)
    try:
        yield x * 2
    finally:
        print('aexit', x)
async def main():
    async with acm(3) as v:
        print('got', v)
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(acm(5))
        st.push_async_callback(asyncio.sleep, 0)
        st.callback(print, 'sync callback')
        print(v)
    async with nullcontext(1) as z:
        print(z)
    try:
        async with acm(7):
            raise ValueError('boom')
    except ValueError as e:
        print('caught', e)
asyncio.run(main())
