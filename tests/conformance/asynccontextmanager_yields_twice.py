# A @contextmanager / @asynccontextmanager generator that yields a second time: CPython 3.11.7
# closes the generator (its finally blocks run, GeneratorExit at the second yield) before the
# RuntimeError("generator didn't stop") propagates -- also for "didn't stop after throw()/athrow()"
# when it yields again after the body's exception. (3.11.2 left it suspended for the collector.)
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def session(name, retries):
    try:
        for attempt in range(retries):
            print(f"{name}: attempt {attempt}")
            try:
                yield attempt
            except ValueError as e:
                print(f"{name}: body failed ({e}), retrying")
                await asyncio.sleep(0.1)
    except GeneratorExit:
        print(f"{name}: GeneratorExit")
        raise
    finally:
        print(f"{name}: finally")


@contextlib.contextmanager
def sync_session():
    try:
        yield 1
        yield 2
    finally:
        print("sync: finally")


async def main():
    try:
        async with session("a", 3) as n:
            print("body a", n)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("after a")
    try:
        async with session("b", 3) as n:
            raise ValueError("boom")
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", repr(e.__context__))
    print("after b")
    try:
        with sync_session():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("after sync")
    async with session("c", 2):
        pass


asyncio.run(main())
