# [loop] call_soon runs callbacks FIFO, one iteration at a time; callbacks scheduled while running wait for the next iteration
import asyncio

loop = asyncio.new_event_loop()
log = []


def cb(name, *rest):
    log.append(name)
    print("run", name, rest, "iteration", iteration[0])


iteration = [0]


def tick():
    iteration[0] += 1
    if iteration[0] < 4:
        loop.call_soon(tick)


def a():
    cb("a")
    loop.call_soon(cb, "a-child")


def stopper():
    print("stop requested in iteration", iteration[0])
    loop.stop()


loop.call_soon(tick)
h1 = loop.call_soon(a)
h2 = loop.call_soon(cb, "b", 1, 2)
h3 = loop.call_soon(cb, "c")
h4 = loop.call_soon(cb, "cancelled-before-run")
h4.cancel()
print("handles:", h2, h4)
print("cancelled:", h2.cancelled(), h4.cancelled())
loop.call_soon(stopper)
loop.call_soon(cb, "after-stop-same-iteration")
print("ready before run:", len(loop._ready))
loop.run_forever()
print("log:", log)
print("ready after stop:", len(loop._ready))
# stop() before run_forever: exactly one iteration runs, then the loop stops.
loop.call_soon(cb, "x")
loop.stop()
loop.call_soon(cb, "y")
loop.run_forever()
print("after pre-stopped run_forever:", log[-2:])
# A callback scheduled by the last one runs only in the next run.
loop.call_soon(lambda: loop.call_soon(cb, "next-run"))
loop.call_soon(loop.stop)
loop.run_forever()
print("pending:", len(loop._ready))
loop.call_soon(loop.stop)
loop.run_forever()
print("log end:", log[-1])
print("returns Handle:", type(loop.call_soon(print)).__name__)
loop.close()
print("closed:", loop.is_closed())
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("call_soon on closed loop:", e)
