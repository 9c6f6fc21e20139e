# [native] twin of the C++ test "native: callbacks and timers" (test_loop_native.cpp): call_soon FIFO, timers in heapq order, cancelled timers, the >100 / >50% rebuild
import asyncio

loop = asyncio.new_event_loop()
log = []


def note(name):
    log.append(f"{name}@{loop.time()}")


def flush(title):
    print(title + ": " + " ".join(log))
    log.clear()


loop.call_soon(note, "s1")
loop.call_soon(note, "s2")
h = loop.call_soon(note, "s3")
loop.call_soon(note, "s4")
h.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
flush("soon")

for i, d in enumerate([2, 1, 1, 1, 3, 1, 2, 1, 1, 2, 1]):
    loop.call_at(loop.time() + d, note, f"t{i}")
loop.call_at(loop.time() + 4, loop.stop)
loop.run_forever()
flush("timers")

hs = [loop.call_at(loop.time() + 1 + i % 3, note, f"a{i}") for i in range(10)]
for x in hs[::2]:
    x.cancel()
loop.call_at(loop.time() + 5, loop.stop)
loop.run_forever()
flush("lazy cleanup")

hs = [loop.call_at(loop.time() + 10, note, f"b{i}") for i in range(150)]
for i, x in enumerate(hs):
    if i % 2 == 0 or i < 10:
        x.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
print("after rebuild:", len(loop._scheduled))
loop.call_at(loop.time() + 11, loop.stop)
loop.run_forever()
flush("rebuilt heap")
loop.close()
