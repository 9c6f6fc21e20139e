# AbstractEventLoopPolicy (asyncio.events) is the base of the default policy; set_event_loop_policy()
# refuses anything else with CPython's TypeError (an int was stored and crashed the next asyncio.run);
# a program's policy is asked by get_event_loop(), set_event_loop() and new_event_loop(), and
# asyncio.run()/Runner call its set_event_loop(loop) and set_event_loop(None) as CPython's Runner does.
import asyncio
def t(label, f):
    try:
        print(label, 'ok', f())
    except BaseException as e:
        print(label, type(e).__name__, repr(e))
print(asyncio.AbstractEventLoopPolicy, asyncio.events.AbstractEventLoopPolicy is asyncio.AbstractEventLoopPolicy)
print(asyncio.events.BaseDefaultEventLoopPolicy, hasattr(asyncio, 'BaseDefaultEventLoopPolicy'))
print(isinstance(asyncio.get_event_loop_policy(), asyncio.AbstractEventLoopPolicy))
a = asyncio.AbstractEventLoopPolicy()
for m in ['get_event_loop', 'new_event_loop', 'get_child_watcher']:
    t(m, getattr(a, m))
t('set_event_loop', lambda: a.set_event_loop(None))
t('set_child_watcher', lambda: a.set_child_watcher(None))
t('set_event_loop_policy(1)', lambda: asyncio.set_event_loop_policy(1))
t('set_event_loop_policy(a)', lambda: asyncio.set_event_loop_policy(a))
t('get_event_loop', asyncio.get_event_loop)
t('new_event_loop', asyncio.new_event_loop)
t('set_event_loop', lambda: asyncio.set_event_loop(None))
asyncio.set_event_loop_policy(None)

class TestPolicy(asyncio.AbstractEventLoopPolicy):
    def __init__(self):
        self.loop = None
        self.log = []
    def get_event_loop(self):
        self.log.append('get')
        raise RuntimeError('no get')
    def new_event_loop(self):
        self.log.append('new')
        return asyncio.SelectorEventLoop()
    def set_event_loop(self, loop):
        self.log.append(('set', None if loop is None else type(loop).__name__))
        if loop is not None:
            self.loop = loop
p = TestPolicy()
asyncio.set_event_loop_policy(p)
print(asyncio.get_event_loop_policy() is p)
async def main():
    print(' in main, get_event_loop is running:', asyncio.get_event_loop() is asyncio.get_running_loop())
    return 'r'
print(asyncio.run(main()))
print(p.log, p.loop.is_closed())
t('get_event_loop outside', asyncio.get_event_loop)
t('set_event_loop(1)', lambda: asyncio.set_event_loop(1))
print(p.log)
with asyncio.Runner(loop_factory=asyncio.new_event_loop) as r:
    print(r.run(main()))
print(p.log)
asyncio.set_event_loop_policy(None)

class Sub(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print(' Sub.new_event_loop')
        return super().new_event_loop()
asyncio.set_event_loop_policy(Sub())
print(asyncio.run(main()))
l = asyncio.get_event_loop_policy().get_event_loop
t('sub get_event_loop', lambda: type(l()).__name__)
t('base set_event_loop(1)', lambda: asyncio.get_event_loop_policy().set_event_loop(1))
asyncio.set_event_loop_policy(None)
