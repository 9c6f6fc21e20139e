# contextlib.AbstractContextManager / AbstractAsyncContextManager are ABCs as in CPython 3.11:
# a subclass without __exit__/__aexit__ cannot be instantiated, any class with the two methods is a
# virtual subclass (__subclasshook__), and ExitStack/AsyncExitStack keep a context manager's exit as
# a method bound to it.
import asyncio
import contextlib


class MissingExit(contextlib.AbstractContextManager):
    pass


class MissingAexit(contextlib.AbstractAsyncContextManager):
    pass


for cls in (MissingExit, MissingAexit):
    try:
        cls()
    except TypeError as e:
        print(e)


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class APlain:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


class NoneExit:
    __enter__ = Plain.__enter__
    __exit__ = None


print(issubclass(Plain, contextlib.AbstractContextManager), isinstance(Plain(), contextlib.AbstractContextManager))
print(issubclass(APlain, contextlib.AbstractAsyncContextManager), issubclass(Plain, contextlib.AbstractAsyncContextManager))
print(issubclass(NoneExit, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
print(isinstance(contextlib.nullcontext(), contextlib.AbstractAsyncContextManager))
print(isinstance(contextlib.suppress(), contextlib.AbstractContextManager))


class DefaultEnter(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('exit', exc[0])


with DefaultEnter() as d:
    print(type(d).__name__)
print(contextlib.AbstractContextManager[int])

with contextlib.ExitStack() as stack:
    p = Plain()
    stack.enter_context(p)
    exit_cb = stack._exit_callbacks[-1][1]
    print(type(exit_cb).__name__, exit_cb.__self__ is p, exit_cb.__func__ is Plain.__exit__)


async def main():
    async with contextlib.AsyncExitStack() as stack:
        a = APlain()
        await stack.enter_async_context(a)
        exit_cb = stack._exit_callbacks[-1][1]
        print(type(exit_cb).__name__, exit_cb.__self__ is a)

asyncio.run(main())
