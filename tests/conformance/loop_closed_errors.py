# A closed loop refuses call_soon/create_task; close() on a running loop fails; is_closed/is_running report state.
import asyncio

loop = asyncio.new_event_loop()
print("closed:", loop.is_closed(), "running:", loop.is_running())


async def try_close():
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)


loop.run_until_complete(try_close())
loop.close()
loop.close()
print("closed:", loop.is_closed())
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
coro = try_close()
try:
    loop.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
