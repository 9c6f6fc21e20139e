# [native][cancel] twin of the C++ test "native: the cancellation matrix" (test_loop_native.cpp), whose task bodies are C++ coroutines: the same calls, printing the same lines
import asyncio

loop = asyncio.new_event_loop()
log = []


def run_until_idle():
    # one iteration at a time until nothing is ready (timers are not used here)
    loop.call_soon(loop.stop)
    loop.run_forever()
    while loop._ready:
        loop.call_soon(loop.stop)
        loop.run_forever()


def state(t):
    if not t.done():
        return "pending"
    if t.cancelled():
        return "cancelled"
    if t.exception() is not None:
        return "exception " + repr(t.exception())
    return "result " + repr(t.result())


async def body(name, fut, on_cancel):
    log.append(name + " started")
    try:
        r = await fut
        log.append(f"{name} got {r}")
        return r
    except asyncio.CancelledError as e:
        log.append(f"{name} caught CancelledError{e.args}")
        if on_cancel == "swallow":
            return "swallowed"
        raise


def case(title, *parts):
    print(title + ": " + " ".join(str(p) for p in parts))


# 1. cancel before the first step: the body never runs.
f = loop.create_future()
t = loop.create_task(body("c1", f, "raise"))
case("c1 cancel", t.cancel(), t.cancelling(), t._must_cancel)
run_until_idle()
case("c1 after", state(t), log)
log.clear()

# 2. cancel while awaiting a pending future: the future is cancelled at once.
f = loop.create_future()
t = loop.create_task(body("c2", f, "raise"))
run_until_idle()
case("c2 cancel", t.cancel("msg2"), t.cancelling(), f.cancelled(), t._must_cancel)
run_until_idle()
case("c2 after", state(t), log)
log.clear()

# 3. the awaited future already has a result: _must_cancel, CancelledError at the next step.
f = loop.create_future()
t = loop.create_task(body("c3", f, "raise"))
run_until_idle()
f.set_result("data")
case("c3 cancel", t.cancel("msg3"), t._must_cancel, f.cancelled())
run_until_idle()
case("c3 after", state(t), f.result(), log)
log.clear()

# 4. the body swallows the CancelledError and returns.
f = loop.create_future()
t = loop.create_task(body("c4", f, "swallow"))
run_until_idle()
case("c4 cancel", t.cancel())
run_until_idle()
case("c4 after", state(t), t.cancelling(), t.uncancel(), t.cancelling(), log)
log.clear()

# 5. two cancels: the first message wins, cancelling() counts both.
f = loop.create_future()
t = loop.create_task(body("c5", f, "raise"))
run_until_idle()
case("c5 cancel", t.cancel("first"), t.cancel("second"), t.cancelling(), t._must_cancel)
run_until_idle()
case("c5 after", state(t), log)
case("c5 cancel done", t.cancel(), t.cancelling())
log.clear()

# 6. the future gets an exception and the task is cancelled in the same iteration: CancelledError wins.
f = loop.create_future()
t = loop.create_task(body("c6", f, "raise"))
run_until_idle()
f.set_exception(ValueError("lost"))
case("c6 cancel", t.cancel("wins"), t._must_cancel)
run_until_idle()
case("c6 after", state(t), log)
f.exception()
log.clear()

# 7. a task awaiting a task: cancelling the inner one cancels both; the outer sees the same message.
f = loop.create_future()
inner = loop.create_task(body("inner7", f, "raise"))
outer = loop.create_task(body("outer7", inner, "raise"))
run_until_idle()
case("c7 waiters", outer._fut_waiter is inner, inner._fut_waiter is f)
case("c7 cancel inner", inner.cancel("from inner"), outer.cancelling(), inner.cancelling())
run_until_idle()
case("c7 after", state(inner), state(outer), log)
log.clear()

# 8. cancelling the outer task cancels the inner one through _fut_waiter.
f = loop.create_future()
inner = loop.create_task(body("inner8", f, "raise"))
outer = loop.create_task(body("outer8", inner, "raise"))
run_until_idle()
case("c8 cancel outer", outer.cancel("from outer"), outer.cancelling(), inner.cancelling(), f.cancelled())
run_until_idle()
case("c8 after", state(inner), state(outer), log)
log.clear()

# 9. the inner task swallows: the outer gets the inner's result although it was the one cancelled.
f = loop.create_future()
inner = loop.create_task(body("inner9", f, "swallow"))
outer = loop.create_task(body("outer9", inner, "raise"))
run_until_idle()
case("c9 cancel outer", outer.cancel())
run_until_idle()
case("c9 after", state(inner), state(outer), outer.cancelling(), log)
log.clear()


# 10. a coroutine that cancels its own task and returns in the same step: the task ends cancelled.
async def self_cancel():
    log.append("self_cancel returns")
    asyncio.current_task().cancel("self")
    return "value"

t = loop.create_task(self_cancel())
run_until_idle()
case("c10 after", state(t), log)
try:
    t.result()
except asyncio.CancelledError as e:
    case("c10 message", e.args)
log.clear()
loop.close()
