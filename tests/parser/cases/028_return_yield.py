def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield x
    z = yield from other()
    yield from range(10)
    w = (yield)
    await_ = (yield 1)
    return x

def gen2():
    result = yield from asyncio.sleep(1)
    return result

def gen3():
    yield *a, b
    return *a, b
