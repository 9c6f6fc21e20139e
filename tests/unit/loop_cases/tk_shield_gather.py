# [toolkit][shield][gather][cancel] shield(gather(...)) and gather(shield(...)): cancelling the outside leaves the shielded children running (test_shield_gather, test_gather_shield)
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    child1 = loop.create_future()
    child2 = loop.create_future()
    parent = asyncio.gather(child1, child2)
    outer = asyncio.shield(parent)
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.sleep(0)
    print("shield(gather): outer cancelled", outer.cancelled(), "parent cancelled", parent.cancelled(),
          "children cancelled", child1.cancelled(), child2.cancelled())
    child1.set_result(1)
    child2.set_result(2)
    await asyncio.sleep(0)
    print("parent result:", parent.result())

    child1 = loop.create_future()
    child2 = loop.create_future()
    inner1 = asyncio.shield(child1)
    inner2 = asyncio.shield(child2)
    parent = asyncio.gather(inner1, inner2)
    await asyncio.sleep(0)
    parent.cancel()
    await asyncio.sleep(0)
    try:
        await parent
    except asyncio.CancelledError:
        print("gather(shield): parent raises CancelledError")
    print("parent cancelled():", parent.cancelled(), "inner cancelled", inner1.cancelled(), inner2.cancelled(),
          "children cancelled", child1.cancelled(), child2.cancelled())
    child1.set_result(1)
    child2.set_result(2)
    await asyncio.sleep(0)


asyncio.run(main())
