# An attribute spanning lines is located at its name on its last line (CPython's
# update_start_location_to_match_attr): LOAD_ATTR, the method call (from the name to the end of
# the call), STORE_ATTR, DELETE_ATTR and the augmented assignment's load/store.
import asyncio
import traceback


class Box:
    __slots__ = ("items",)


async def load():
    await asyncio.sleep(0)
    b = Box()
    return (b
        .items)


async def method():
    await asyncio.sleep(0)
    return (
        sorted([3, 1, 2])
        .index(5)
    )


async def method_args():
    await asyncio.sleep(0)
    return ("abc"
            .missing(1,
                     2))


async def store():
    await asyncio.sleep(0)
    b = Box()
    (b.
        other) = 3


async def delete():
    await asyncio.sleep(0)
    del (Box().
         items)


async def augment():
    await asyncio.sleep(0)
    b = Box()
    (b
      .items) += 1


async def main():
    for fn in (load, method, method_args, store, delete, augment):
        try:
            await fn()
        except Exception:
            traceback.print_exc()
    await method()


asyncio.run(main())
