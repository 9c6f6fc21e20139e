# A naked exception caught by except* is wrapped in an ExceptionGroup that has NO traceback of
# its own (CPython 3.11's exception_group_match): a bare `raise` in the handler re-raises the
# wrapper, whose traceback then lists only the frames it passes through afterwards; the frame
# that raised the naked exception shows under the sub-exception.
import asyncio


async def work():
    await asyncio.sleep(0.1)
    raise ValueError("naked")


async def main():
    try:
        await work()
    except* ValueError as g:
        print("wrapper traceback:", g.__traceback__)
        print("leaf traceback set:", g.exceptions[0].__traceback__ is not None)
        raise


asyncio.run(main())
