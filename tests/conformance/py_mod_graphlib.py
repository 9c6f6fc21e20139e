# graphlib.TopologicalSorter driving asyncio tasks (get_ready/done/is_active), static_order, CycleError and the misuse errors.
import asyncio
from graphlib import TopologicalSorter, CycleError

DEPS = {"deploy": {"test", "build"}, "test": {"build"}, "build": {"fetch", "config"}, "fetch": set(), "config": set(), "docs": {"fetch"}}

async def run_step(name, log):
    await asyncio.sleep(len(name) / 20)
    log.append(name)
    return name

async def main():
    ts = TopologicalSorter(DEPS)
    print(list(TopologicalSorter(DEPS).static_order()))
    ts.prepare()
    log = []
    pending = {}
    while ts.is_active():
        for node in ts.get_ready():
            pending[asyncio.create_task(run_step(node, log))] = node
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            ts.done(pending.pop(t))
    print(log)
    try:
        list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
    except CycleError as e:
        print(type(e).__name__, e.args)
    ts2 = TopologicalSorter()
    ts2.add("x", "y")
    try:
        ts2.done("x")
    except ValueError as e:
        print("ValueError:", e)
    ts2.prepare()
    try:
        ts2.add("z")
    except ValueError as e:
        print("ValueError:", e)
    print(TopologicalSorter.__module__, CycleError.__mro__)

asyncio.run(main())
