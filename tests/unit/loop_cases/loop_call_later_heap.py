# [loop] call_later/call_at order timers by deadline; equal deadlines come out in heapq order (not FIFO); the virtual clock jumps
import asyncio

loop = asyncio.new_event_loop()
order = []


def note(name):
    order.append(name)
    print(f"{loop.time():6.2f} {name}")


print("start time", loop.time())
# Equal deadlines: pushed in this order, popped in heapq's order.
for i, delay in enumerate([2, 1, 1, 1, 3, 1, 2, 1, 1, 2, 1]):
    loop.call_later(delay, note, f"t{i}@{delay}")
loop.call_at(loop.time() + 0.5, note, "at+0.5")
loop.call_later(0, note, "later0")
loop.call_soon(note, "soon")
loop.call_later(-1, note, "negative")
loop.call_later(4, loop.stop)
loop.run_forever()
print("order:", " ".join(order))
print("time after:", loop.time())

# Timers added from callbacks; a timer due in the past runs in the next iteration.
def chain(n):
    note(f"chain{n}")
    if n < 3:
        loop.call_later(0.25 * n, chain, n + 1)
        loop.call_at(loop.time() - 10, note, f"past{n}")

loop.call_soon(chain, 0)
loop.call_later(2, loop.stop)
loop.run_forever()
print("time:", loop.time())
h = loop.call_later(5, note, "x")
print("when:", h.when(), type(h).__name__)
h2 = loop.call_at(100, note, "y")
print("call_at keeps its when:", h2.when())
h.cancel()
h2.cancel()
print(h, h2)
for bad in (None,):
    try:
        loop.call_later(bad, note, "z")
    except TypeError as e:
        print("TypeError:", e)
loop.close()
