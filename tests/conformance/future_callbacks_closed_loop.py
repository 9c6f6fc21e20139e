# A future whose loop is closed: set_result/set_exception/cancel change its state, then scheduling
# its done callbacks with loop.call_soon raises 'Event loop is closed' (the callbacks not yet
# scheduled are dropped); add_done_callback on a done future fails the same way.
import asyncio

loop = asyncio.new_event_loop()
futs = [loop.create_future() for _ in range(4)]
for f in futs:
    f.add_done_callback(print)
    f.add_done_callback(lambda f: print("second", f))
loop.close()
for name, op in [("cancel", lambda f: f.cancel("bye")), ("set_result", lambda f: f.set_result(1)),
                 ("set_exception", lambda f: f.set_exception(ValueError("v")))]:
    f = futs.pop()
    try:
        print(name, "->", op(f))
    except RuntimeError as e:
        print(name, "raised", e, f)
    print("callbacks left:", len(f._callbacks or []), f.done())
f = futs.pop()
try:
    f.cancel()
except RuntimeError as e:
    print("cancel raised", e)
print(f.cancel(), f.cancelled())
try:
    f.add_done_callback(print)
except RuntimeError as e:
    print("add_done_callback raised", e)
plain = loop.create_future()
print(plain.cancel(), plain)
