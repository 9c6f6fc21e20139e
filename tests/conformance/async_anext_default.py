# anext(aiterator, default) returns an anext_awaitable whose __await__() is itself; what __anext__
# returned is checked as an await would (CPython's anextawaitable_getiter): a plain generator, an
# iterator or an int is "object X can't be used in 'await' expression", a bad __await__ result is
# "__await__() returned non-iterator"; throw(type, value, tb) passes the given exception instance on.
import asyncio, types
async def agen():
    yield 1
    yield 2
class BadAwaitable:
    def __await__(self):
        return 42
class BadIter:
    def __aiter__(self): return self
    def __anext__(self): return BadAwaitable()
class GenAnext:
    def __aiter__(self): return self
    def __anext__(self):
        yield
class IterAnext:
    def __aiter__(self): return self
    def __anext__(self): return iter('abc')
class NotAwaitable:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def main():
    g = agen()
    print(await anext(g, 'd'), await anext(g, 'd'), await anext(g, 'd'))
    a = anext(agen(), 'd')
    print(type(a).__name__, hasattr(a, '__await__'), hasattr(a, 'send'), hasattr(a, 'throw'), hasattr(a, 'close'))
    it = a.__await__()
    print(type(it).__name__, it is a)
    try:
        it.send(None)
    except StopIteration as e:
        print('stop', e.value)
    for cls in (BadIter, GenAnext, IterAnext, NotAwaitable):
        for args in ((), ('default',)):
            try:
                print(cls.__name__, args, await anext(cls(), *args))
            except Exception as e:
                print(cls.__name__, args, type(e).__name__, e)
    try:
        anext(1)
    except TypeError as e:
        print(e)
    try:
        anext(agen(), 1, 2)
    except TypeError as e:
        print(e)
    try:
        await anext(agen().__aiter__(), default=1)
    except TypeError as e:
        print(e)
    g = agen()
    a = anext(g, 'x')
    import contextlib

    class MyError(Exception):
        pass

    @types.coroutine
    def _async_yield(v):
        yield v * 10
        return (yield (v * 10 + 1))

    async def agenfn():
        try:
            await _async_yield(1)
        except MyError:
            await _async_yield(2)
        return
        yield

    with contextlib.closing(anext(agenfn(), 'default').__await__()) as it:
        print(it.send(None))
        print(it.throw(MyError, MyError(), None))
        try:
            it.throw(MyError, MyError('val'), None)
        except MyError as e:
            print('MyError', e)
asyncio.run(main())
