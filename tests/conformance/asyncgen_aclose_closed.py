# aclose() marks an async generator closed up front: after one that ignored GeneratorExit, aclose()/athrow() raise StopAsyncIteration while __anext__() still resumes it; shutdown_asyncgens logs that StopAsyncIteration with main's exception as its __context__.
import asyncio

async def stubborn():
    refused = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if refused:
                raise
            refused = True
            print("refusing to close")
            yield 2

async def short():
    yield 1

def handler(loop, ctx):
    exc = ctx["exception"]
    print("handler:", ctx["message"].split(" <")[0])
    print("  exception:", repr(exc), "context:", repr(exc.__context__))

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    g = stubborn()
    print(await g.__anext__())
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose 1:", repr(e))
    for what, aw in (("aclose 2", g.aclose()), ("athrow", g.athrow(ValueError("x")))):
        try:
            print(what, "returned", await aw)
        except BaseException as e:
            print(what + ":", repr(e), repr(e.__context__))
    print("anext:", await g.__anext__())
    print("asend:", await g.asend(None))
    done = short()
    async for v in done:
        pass
    print("closed finished generator, aclose:", await done.aclose(), "athrow:", await done.athrow(KeyError))
    raise ValueError("main failed")

asyncio.run(main())
