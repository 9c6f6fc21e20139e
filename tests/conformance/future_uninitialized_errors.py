# A Future/Task subclass whose __init__ forgets super().__init__() has no loop: its methods and
# repr raise CPython's errors (InvalidStateError from result()/exception(), RuntimeError
# "Future object is not initialized." elsewhere, "uninitialized Future object" from
# add_done_callback); Future(loop=x) asks x.get_debug() as CPython's future_init does; a future's
# iterator validates throw() arguments with FutureIter's own messages.
import asyncio


def attempt(label, fn):
    try:
        print(f'{label}: ok {fn()!r}')
    except BaseException as e:
        print(f'{label}: {type(e).__name__}: {e}')


class Forgetful(asyncio.Future):
    def __init__(self, tag):
        self.tag = tag


class ForgetfulTask(asyncio.Task):
    def __init__(self, coro):
        self.coro = coro


class FakeLoop:
    def get_debug(self):
        print('  FakeLoop.get_debug() called')
        return False


async def main():
    loop = asyncio.get_running_loop()
    f = Forgetful('x')
    print('tag', f.tag)
    attempt('repr', lambda: repr(f))
    attempt('result', f.result)
    attempt('exception', f.exception)
    attempt('set_result', lambda: f.set_result(1))
    attempt('set_exception', lambda: f.set_exception(ValueError()))
    attempt('cancel', f.cancel)
    attempt('add_done_callback', lambda: f.add_done_callback(print))
    attempt('remove_done_callback', lambda: f.remove_done_callback(print))
    attempt('get_loop', f.get_loop)
    attempt('done', f.done)
    attempt('cancelled', f.cancelled)
    try:
        await f
    except RuntimeError as e:
        print('await:', e)

    async def coro():
        return 1

    c = coro()
    t = ForgetfulTask(c)
    attempt('task repr', lambda: repr(t))
    attempt('task done', t.done)
    attempt('task result', t.result)
    attempt('task get_name', t.get_name)
    c.close()

    attempt('Future(loop=1)', lambda: asyncio.Future(loop=1))
    attempt('Future(loop=FakeLoop())', lambda: type(asyncio.Future(loop=FakeLoop())).__name__)
    c = coro()
    attempt('Task(coro, loop=1)', lambda: asyncio.Task(c, loop=1))
    c.close()

    fut = loop.create_future()
    it = fut.__await__()
    attempt('throw(type, value, 32)', lambda: it.throw(Exception, Exception('elephant'), 32))
    attempt('throw(instance, value)', lambda: it.throw(Exception('elephant'), Exception('elephant')))
    attempt('throw(list)', lambda: it.throw(list))
    attempt('throw(KeyError, (1, 2))', lambda: it.throw(KeyError, (1, 2)))
    attempt('throw again', lambda: it.throw(KeyError))
    attempt('next after throw', lambda: next(it))
    it = fut.__await__()
    attempt('next', lambda: next(it))
    attempt('next again', lambda: next(it))
    fut.set_result('r')
    try:
        next(it)
    except StopIteration as e:
        print('StopIteration', e.value)


asyncio.run(main())
