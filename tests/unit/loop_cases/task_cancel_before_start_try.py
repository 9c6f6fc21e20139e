# [task][cancel][.known-bug] a task cancelled before its first step whose coroutine starts with `try:`: CancelledError is thrown in before the first line runs, so the coroutine's own except/finally do not run
import asyncio


async def starts_with_try(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("except ran")
        raise
    finally:
        log.append("finally ran")


def gen(log):
    try:
        yield 1
    finally:
        log.append("generator finally ran")


async def main():
    log = []
    t = asyncio.create_task(starts_with_try(log))
    print("cancel:", t.cancel())
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled(), "log:", log)
    g = gen(log)
    try:
        g.throw(ValueError("into a fresh generator"))
    except ValueError as e:
        print("propagated:", e, "log:", log)


asyncio.run(main())
