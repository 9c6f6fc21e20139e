# stop() called before run_forever makes it run exactly one iteration of ready callbacks.
import asyncio

loop = asyncio.new_event_loop()
out = []
loop.call_soon(out.append, 1)
loop.call_soon(lambda: loop.call_soon(out.append, 3))
loop.call_soon(out.append, 2)
loop.stop()
loop.run_forever()
print("after first run:", out)
loop.stop()
loop.run_forever()
print("after second run:", out)
loop.close()
