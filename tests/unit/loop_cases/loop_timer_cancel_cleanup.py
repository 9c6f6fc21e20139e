# [loop][cancel] cancelled timers: dropped lazily from the heap head, or all at once (heapify) when >100 are scheduled and >50% are cancelled; order of equal deadlines shows which path ran
import asyncio

loop = asyncio.new_event_loop()
ran = []


def note(name):
    ran.append(name)


def stop_later(delay):
    loop.call_later(delay, loop.stop)


# 1. A few cancelled timers: popped from the head as the loop meets them.
hs = [loop.call_later(1 + (i % 3), note, f"a{i}") for i in range(10)]
for h in hs[::2]:
    h.cancel()
print("scheduled:", len(loop._scheduled), "cancelled flags:", [h.cancelled() for h in hs][:4])
loop.call_soon(loop.stop)
loop.run_forever()
print("after one iteration:", len(loop._scheduled))
stop_later(5)
loop.run_forever()
print("ran:", ran)
print("left:", len(loop._scheduled))
ran.clear()

# 2. 150 timers with the same deadline, 80 cancelled: more than half -> the heap is rebuilt with
#    heapify, which changes the order equal deadlines come out in.
hs = [loop.call_later(10, note, f"b{i}") for i in range(150)]
for i, h in enumerate(hs):
    if i % 2 == 0 or i < 10:
        h.cancel()
print("scheduled before:", len(loop._scheduled))
loop.call_soon(loop.stop)
loop.run_forever()
print("scheduled after cleanup:", len(loop._scheduled))
stop_later(11)
loop.run_forever()
print("ran", len(ran), ":", " ".join(ran))
ran.clear()

# 3. Exactly 50% cancelled: no rebuild; the cancelled ones are dropped from the head only.
hs = [loop.call_later(20 + (i % 7), note, f"c{i}") for i in range(120)]
for h in hs[:60]:
    h.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
print("scheduled with exactly half cancelled:", len(loop._scheduled))
stop_later(30)
loop.run_forever()
print("ran", len(ran), ":", " ".join(ran[:30]))
ran.clear()

# 4. 100 scheduled (not more than 100): no rebuild either.
hs = [loop.call_later(40, note, f"d{i}") for i in range(100)]
for h in hs[1:90]:
    h.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
print("scheduled with 100 timers:", len(loop._scheduled))
stop_later(41)
loop.run_forever()
print("ran:", " ".join(ran))
# Cancelling twice, and cancelling after it ran, are no-ops.
h = loop.call_later(1, note, "e")
h.cancel()
h.cancel()
print(h.cancelled(), h)
loop.close()
