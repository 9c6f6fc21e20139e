# [toolkit][gather][cancel] cancelling the gather future cancels every child that is not done, passes the message on, and the gather raises CancelledError even with return_exceptions=True
import asyncio


async def child(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    return name


async def quick():
    return "quick"


async def main():
    for return_exceptions in (False, True):
        log = []
        tasks = [asyncio.create_task(child(n, log)) for n in ("a", "b")] + [asyncio.create_task(quick())]
        g = asyncio.gather(*tasks, return_exceptions=return_exceptions)
        await asyncio.sleep(1)
        print("cancel() returns:", g.cancel("gather msg"), "second cancel():", g.cancel())
        try:
            print("gather returned", await g)
        except asyncio.CancelledError as e:
            print(f"return_exceptions={return_exceptions}: CancelledError {e.args}")
        print("  log:", log)
        print("  gather done:", g.done(), "cancelled():", g.cancelled())
        print("  children cancelled:", [t.cancelled() for t in tasks])
        print("  cancel() after done:", g.cancel())


asyncio.run(main())
