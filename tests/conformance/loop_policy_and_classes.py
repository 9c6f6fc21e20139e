# asyncio.run()/new_event_loop() go through the current policy's new_event_loop(); AbstractEventLoop and BaseEventLoop are distinct bases of the concrete loop, AbstractEventLoop's methods raise NotImplementedError.
import asyncio


class MyLoop(asyncio.SelectorEventLoop):
    pass


class MyPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("policy creating loop")
        return MyLoop()


print(asyncio.AbstractEventLoop, asyncio.BaseEventLoop)
print(asyncio.AbstractEventLoop is asyncio.SelectorEventLoop, asyncio.BaseEventLoop is asyncio.SelectorEventLoop)
print(issubclass(asyncio.SelectorEventLoop, asyncio.BaseEventLoop), issubclass(asyncio.BaseEventLoop, asyncio.AbstractEventLoop))
print(asyncio.events.AbstractEventLoop is asyncio.AbstractEventLoop, asyncio.base_events.BaseEventLoop is asyncio.BaseEventLoop)
for name in ("time", "run_forever", "get_debug", "is_running", "stop", "close"):
    try:
        getattr(asyncio.AbstractEventLoop(), name)()
    except NotImplementedError as e:
        print(name, "NotImplementedError", repr(str(e)))


class Partial(asyncio.AbstractEventLoop):
    def time(self):
        return 42.0


print(Partial().time(), isinstance(Partial(), asyncio.AbstractEventLoop))
try:
    Partial().is_closed()
except NotImplementedError:
    print("is_closed NotImplementedError")

loop = asyncio.new_event_loop()
print(type(loop).__name__, isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
loop.close()

asyncio.set_event_loop_policy(MyPolicy())


async def main():
    loop = asyncio.get_running_loop()
    print("main in", type(loop).__name__, isinstance(loop, asyncio.BaseEventLoop))


asyncio.run(main())
loop = asyncio.new_event_loop()
print("new_event_loop ->", type(loop).__name__)
loop.close()
with asyncio.Runner() as r:
    print("runner loop", type(r.get_loop()).__name__)
asyncio.set_event_loop_policy(None)
asyncio.run(main())
