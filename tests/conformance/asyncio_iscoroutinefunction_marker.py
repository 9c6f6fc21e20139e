# asyncio.iscoroutinefunction(obj) is inspect.iscoroutinefunction(obj) or
# getattr(obj, '_is_coroutine', None) is asyncio.coroutines._is_coroutine (a marker object, as
# unittest.mock.AsyncMock sets): a proxy whose __getattr__ answers every name, or a class with a
# truthy _is_coroutine, is not a coroutine function; a framework that awaits handlers only when
# iscoroutinefunction() says so calls such a handler directly.
import asyncio
from asyncio import coroutines


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name, lambda *a: None)

    def __call__(self, *args):
        return self._target(*args)


class Flagged:
    _is_coroutine = True

    def __call__(self):
        return 'flagged'


class Marked:
    _is_coroutine = coroutines._is_coroutine

    async def _run(self):
        return 'marked'

    def __call__(self):
        return self._run()


class Raising:
    def __getattr__(self, name):
        raise KeyError(name)


def handler():
    return 'sync handler'


async def ahandler():
    return 'async handler'


async def dispatch(fn):
    if asyncio.iscoroutinefunction(fn):
        return 'awaited: ' + await fn()
    return 'called: ' + str(fn())


async def main():
    print(type(coroutines._is_coroutine).__name__)
    for fn in (handler, ahandler, Proxy(handler), Flagged(), Marked()):
        print(await dispatch(fn))
    try:
        asyncio.iscoroutinefunction(Raising())
    except KeyError as e:
        print('KeyError', e)


asyncio.run(main())
