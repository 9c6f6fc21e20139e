# The interpreter's printer of an uncaught exception group prints each chained exception
# (cause/context) in a recursive call that restores need_close (pythonrun.c print_chained):
# when the last sub-exception has a group as its __context__, the enclosing group still gets
# its closing '+------------------------------------' line after the chain.
import asyncio


async def main():
    await asyncio.sleep(0.1)
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise v.exceptions[0]
    except* TypeError:
        raise KeyError("from TypeError handler")


asyncio.run(main())
