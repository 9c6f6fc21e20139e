# A frame that a traceback refers to keeps its locals after the call, as in CPython: objects die with the traceback (a __del__ runs after the except block, a failed task's locals live while its exception does), tb_frame.f_locals and capture_locals show them, and the reference cycle through 'err = e' is collected.
import asyncio
import gc
import traceback

class R:
    def __init__(self, name): self.name = name
    def __del__(self): print(self.name, "freed")

def f(x):
    raise RuntimeError("no")

try:
    f(R("arg"))
except RuntimeError as e:
    print("caught", e)
print("after except")

def inner(a, b):
    total = a + 1
    raise ValueError("x")

try:
    inner(1, "q")
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals.items()))
    st = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), capture_locals=True)
    print([sorted((fs.locals or {}).items()) for fs in st][1:])

def cycle():
    keep = R("in cycle")
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    return "returned"

print(cycle())
print("collect", gc.collect() > 0)

class Conn:
    def __del__(self): print("Conn released")

async def use():
    c = Conn()
    await asyncio.sleep(0.1)
    raise ValueError("fail")

async def main():
    t = asyncio.create_task(use())
    try:
        await t
    except ValueError as e:
        print("caught", e)
    del t
    print("task dropped")
    await asyncio.sleep(0)

asyncio.run(main())
