# call_soon callbacks run FIFO; callbacks scheduled by a callback run in the next iteration, after those already queued.
import asyncio

loop = asyncio.new_event_loop()
order = []


def cb(name, depth=0):
    order.append(name)
    if depth:
        loop.call_soon(cb, name + ".child", depth - 1)


for n in "abc":
    loop.call_soon(cb, n, 1 if n == "a" else 0)
h = loop.call_soon(cb, "cancelled")
h.cancel()
loop.call_soon(cb, "d", 2)
loop.call_soon(loop.stop)
loop.run_forever()
print(order)
loop.call_soon(loop.stop)
loop.run_forever()
print(order)
print("handle cancelled:", h.cancelled())
loop.close()
