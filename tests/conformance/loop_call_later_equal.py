# call_later/call_at with equal deadlines fire in heapq order (not always scheduling order); cancelled timers never run.
import asyncio

loop = asyncio.new_event_loop()
fired = []


def cb(tag):
    fired.append((tag, loop.time()))


loop.call_later(2, cb, "later-2a")
loop.call_at(2, cb, "at-2")
loop.call_later(1, cb, "later-1")
t = loop.call_later(1, cb, "later-1-cancelled")
loop.call_later(2, cb, "later-2b")
loop.call_later(0, cb, "later-0")
loop.call_soon(cb, "soon")
t.cancel()
loop.call_later(3, loop.stop)
loop.run_forever()
for item in fired:
    print(item)
print("time:", loop.time())
loop.close()
