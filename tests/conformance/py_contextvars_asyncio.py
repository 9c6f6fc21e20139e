# contextvars with asyncio: each task runs in a copy of the context current when it was created
# (request-id logging across tasks), a value set in a child is not seen by its parent or
# siblings, children created after a set see it, call_soon/call_later/add_done_callback run
# in the context current when scheduled or in their context=, create_task(context=).
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def db_query(q):
    log(f"query {q!r}")
    await asyncio.sleep(0.01)
    log(f"done {q!r}")
    return len(q)


async def handle(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    n = await asyncio.gather(db_query(f"select {rid}"), db_query("ping"))
    log(f"handled {n}")
    return rid


async def child_sets():
    user.set("child")
    request_id.set("from-child")
    log(f"child sees user={user.get()}")


async def sibling():
    await asyncio.sleep(0)
    log(f"sibling sees user={user.get('<unset>')}")


def callback(tag):
    log(f"callback {tag} user={user.get('<unset>')}")


async def main():
    log("main start")
    results = await asyncio.gather(handle("req-1", 0.02), handle("req-2", 0.01))
    print("results", results)
    log("main after gather")

    # A value set in a child task is not seen by its parent or by its siblings.
    t1 = asyncio.create_task(child_sets())
    t2 = asyncio.create_task(sibling())
    await asyncio.gather(t1, t2)
    log(f"parent sees user={user.get('<unset>')}")

    # Children created after a set see it; what they set stays theirs.
    token = request_id.set("parent")
    await asyncio.create_task(sibling())
    await child_sets()  # a plain await runs in this task's context
    log("after awaiting child_sets directly")
    request_id.reset(token)
    log("after reset")

    loop = asyncio.get_running_loop()
    # call_soon / call_later: the context current when scheduled, or context=.
    user.set("alice")
    loop.call_soon(callback, "soon")
    ctx = contextvars.copy_context()
    user.set("bob")
    loop.call_soon(callback, "soon-ctx", context=ctx)
    loop.call_later(0.01, callback, "later")
    loop.call_at(loop.time() + 0.02, callback, "at-ctx", context=ctx)
    loop.call_soon(callback, "soon-bob")
    await asyncio.sleep(0.05)

    # Future.add_done_callback: the context current at add time, or context=.
    fut = loop.create_future()
    user.set("carol")
    fut.add_done_callback(lambda f: log(f"done cb user={user.get()} result={f.result()}"))
    fut.add_done_callback(lambda f: log(f"done cb ctx user={user.get()}"), context=ctx)
    user.set("dave")
    fut.set_result(42)
    await asyncio.sleep(0)

    # create_task(context=): the task runs in that very context and its sets stay in it.
    own = contextvars.copy_context()
    task = asyncio.create_task(child_sets(), context=own)
    await task
    print("own now has user:", own[user], "request_id:", own[request_id])
    log(f"main still user={user.get()}")
    loop_task = loop.create_task(sibling(), context=own)
    await loop_task

    # Context.run of the context a task is running in: it is already entered.
    async def reenter():
        try:
            own.run(print, "never")
        except RuntimeError as e:
            print("RuntimeError:", str(e).split(":")[0], "...", str(e).rsplit(" ", 2)[-2:])
        log(f"reenter sees user={user.get()}")
    await asyncio.create_task(reenter(), context=own)
    # A callback scheduled in it while the task runs runs once the task's step is over.
    async def schedule_in_own():
        loop.call_soon(callback, "in own", context=own)
        await asyncio.sleep(0.01)
    await asyncio.create_task(schedule_in_own(), context=own)


async def task_local_counters():
    counter = contextvars.ContextVar("counter", default=0)

    async def worker(name, n):
        for _ in range(n):
            counter.set(counter.get() + 1)
            await asyncio.sleep(0)
        return f"{name}:{counter.get()}"

    print(await asyncio.gather(worker("a", 3), worker("b", 5), worker("c", 1)))
    print("outer counter", counter.get())


print("before run:", request_id.get())
asyncio.run(main())
asyncio.run(task_local_counters())
print("after run:", request_id.get(), user.get("<unset>"))

# Values set before asyncio.run are seen inside it (the runner copies the current context).
request_id.set("module")


async def show():
    log("inside run")
    request_id.set("changed-inside")


asyncio.run(show())
log("after second run")

# A Runner keeps one context across its runs.
with asyncio.Runner() as runner:
    runner.run(show())
    async def peek():
        log("second runner.run")
    runner.run(peek())
    ctx = contextvars.copy_context()
    runner.run(peek(), context=ctx)
