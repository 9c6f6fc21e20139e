# exact-stderr
# as_completed(coro()) raises TypeError when first iterated; the generator's frame, held by the
# traceback, keeps the coroutine alive until the exception goes: "never awaited" is reported at
# the end of the except block (same line as a later one, so the warnings registry shows it
# once).
import asyncio
import sys
import warnings

warnings.simplefilter("default")


async def coro():
    return 1


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e, file=sys.stderr)


async def main():
    attempt("as_completed", lambda: list(asyncio.as_completed(coro())))
    print("between", file=sys.stderr)
    attempt("taskgroup", lambda: asyncio.TaskGroup().create_task(coro()))
    print("end", file=sys.stderr)


asyncio.run(main())
