# CPython 3.11's C Task and Handle have no get_context() (added in 3.12) and no _num_cancels_requested (the pure-Python Task's): hasattr says so and calling raises AttributeError.
import asyncio
async def m():
    t = asyncio.current_task()
    print([a for a in ('_fut_waiter','_coro','_must_cancel','_log_destroy_pending','_num_cancels_requested','get_context') if hasattr(t,a)])
    h = asyncio.get_running_loop().call_soon(print)
    print(hasattr(h, 'get_context'))
asyncio.run(m())

async def n():
    try:
        asyncio.current_task().get_context()
    except AttributeError as e:
        print(e)
asyncio.run(n())
