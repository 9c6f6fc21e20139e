# The parts of a split ExceptionGroup (except*, .split(), .subgroup()) get their metadata as
# CPython 3.11's exceptiongroup_subset sets it: __suppress_context__ is always True (set by
# PyException_SetCause), so an unhandled rest raised while handling another exception prints
# no "During handling..." block; a sequence of __notes__ is copied into a new list (a note
# added to the matched part does not reach the original); non-sequence notes are dropped.
import asyncio


async def fail():
    await asyncio.sleep(0.1)
    try:
        {}["k"]
    except KeyError:
        eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        eg.add_note("original note")
        raise eg


async def main():
    eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
    m, r = eg.split(ValueError)
    print(m.__suppress_context__, r.__suppress_context__)
    eg.__notes__ = ("t",)
    m, r = eg.split(ValueError)
    print(type(m.__notes__).__name__, m.__notes__)
    eg.__notes__ = 5
    m, r = eg.split(ValueError)
    print(hasattr(m, "__notes__"), hasattr(r, "__notes__"))
    try:
        await fail()
    except* ValueError as v:
        v.add_note("added to the matched part")
        print("handled", repr(v.exceptions[0]), v.__notes__)


asyncio.run(main())
