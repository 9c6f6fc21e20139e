# [future] add_done_callback order (scheduled with call_soon, registration order), callbacks after done, remove_done_callback counts
import asyncio

loop = asyncio.new_event_loop()
log = []


def cb(tag):
    def inner(fut):
        log.append(tag)
        print("callback", tag, "state", fut._state)
    inner.__qualname__ = "cb_" + tag
    return inner


f = loop.create_future()
a, b, c = cb("a"), cb("b"), cb("c")
f.add_done_callback(a)
f.add_done_callback(b)
f.add_done_callback(a)
f.add_done_callback(c)
print("remove a:", f.remove_done_callback(a))
print("remove a again:", f.remove_done_callback(a))
f.add_done_callback(a)
print(f)
f.add_done_callback(cb("ctx-none"), context=None)
loop.call_soon(lambda: print("soon before set_result"))
f.set_result(None)
print("set_result does not call them:", log)
loop.call_soon(lambda: print("soon after set_result"))
f.add_done_callback(cb("late"))
print("remove on done future:", f.remove_done_callback(b))
loop.call_soon(loop.stop)
loop.run_forever()
print("log:", log)

g = loop.create_future()
for i in range(5):
    g.add_done_callback(cb(str(i)))
print(g)
g.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
h = loop.create_future()
h.add_done_callback(a)
h.add_done_callback(b)
print(h)
print("remove both:", h.remove_done_callback(a), h.remove_done_callback(b), h)
loop.close()
