# remove_done_callback() compares each callback with ==, which can run Python code that adds or
# removes callbacks, or empties the list, while the removal walks it (CPython's bpo-28963 and
# GH-97592): the walk survives, and the count is CPython's.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    fut = loop.create_future()
    fut.add_done_callback(str)
    for _ in range(63):
        fut.add_done_callback(id)

    class RemovesId:
        def __eq__(self, other):
            print('  removing id from inside __eq__:', fut.remove_done_callback(id))
            return False

    print('remove while another removal runs:', fut.remove_done_callback(RemovesId()))
    print('  left:', [cb.__name__ for cb, ctx in (fut._callbacks or [])])

    fut = loop.create_future()
    fut.add_done_callback(str)
    for _ in range(63):
        fut.add_done_callback(id)

    class RemovesOther:
        def __eq__(self, other):
            fut.remove_done_callback(other)

    fut.remove_done_callback(RemovesOther())
    print('removed everything from inside __eq__')
    print('  left:', fut._callbacks)

    fut = loop.create_future()
    fut.add_done_callback(str)
    for _ in range(3):
        fut.add_done_callback(id)
    extra = 0

    class Adds:
        def __eq__(self, other):
            nonlocal extra
            extra += 1
            if extra < 10:
                fut.add_done_callback(id)
            return False

    print('add while removing:', fut.remove_done_callback(Adds()), 'compared', extra, 'times')
    print('  left:', len(fut._callbacks))

    def mut(f):
        print('  callback removes str:', f.remove_done_callback(str))

    fut = loop.create_future()
    fut.add_done_callback(mut)
    fut.add_done_callback(str)
    fut.add_done_callback(str)
    fut.set_result(1)
    await asyncio.sleep(0)
    print('done')


asyncio.run(main())
