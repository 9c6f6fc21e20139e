# loop.default_exception_handler / call_exception_handler with malformed contexts, as base_events.py:
# context.get('message'/'exception') on any object (AttributeError for one without get), the
# exception's __traceback__ read whatever it is, keys sorted (TypeError for mixed types), repr()
# errors, a non-str message failing the join, source_traceback/handle_traceback formatted with
# traceback.format_list; failures logged as 'Exception in default exception handler' (with the
# custom-handler variant and its chained context); a loop subclass's default_exception_handler used.
# Also set_debug() stores its argument as is (get_debug(), _debug and repr show it) and a new loop's
# debug mode follows os.environ['PYTHONASYNCIODEBUG'].
import asyncio
import collections
import os

class BadRepr:
    def __repr__(self): raise ValueError('bad repr')

class Mapping(dict):
    def get(self, k, d=None):
        print(' get', k)
        return super().get(k, d)

def t(label, f):
    try:
        print(label, 'ok', f())
    except BaseException as e:
        print(label, type(e).__name__, e)

async def main():
    loop = asyncio.get_running_loop()
    for ctx in [{}, {'message': ''}, {'message': None, 'x': 1}, {'message': 1}, {'message': b'b'},
                {'message': 'm', 'exception': 'str'}, {'message': 'm', 'exception': None},
                {'message': 'm', 'exception': ValueError('v')},
                {'message': 'm', 1: 'int key', 'a': 2}, {'message': 'm', 'z': BadRepr()},
                {'message': 'm', ('t',): 1}, Mapping(message='mapping', k=1), 1, None, [('message', 'x')],
                collections.OrderedDict(message='od', b=1, a=2),
                {'message': 'm', 'source_traceback': []},
                {'message': 'm', 'handle_traceback': [('f.py', 3, 'fn', 'line')]}]:
        print('---', type(ctx).__name__, sorted(map(str, ctx)) if hasattr(ctx, 'keys') else ctx)
        t('  call', lambda: loop.call_exception_handler(ctx))
        t('  default', lambda: loop.default_exception_handler(ctx))
    def bad_handler(l, c):
        raise KeyError('h')
    loop.set_exception_handler(bad_handler)
    print('--- custom raising')
    t('  call', lambda: loop.call_exception_handler({'message': 'x'}))
    t('  call str exc', lambda: loop.call_exception_handler(5))
    loop.set_exception_handler(None)
    print('--- debug values')
    for v in ['x', 0, 1, None, [], [1], 2.5]:
        loop.set_debug(v)
        print(repr(loop.get_debug()), repr(loop._debug), repr(loop))
    loop.set_debug(False)

asyncio.run(main())
class MyLoop(asyncio.SelectorEventLoop):
    def default_exception_handler(self, context):
        print('my default', sorted(context))
        if context.get('boom'):
            raise RuntimeError('my default failed')

loop = MyLoop()
loop.call_exception_handler({'message': 'hi', 'x': 1})
loop.call_exception_handler({'message': 'hi', 'boom': 1})
def bad(): raise ZeroDivisionError('cb')
loop.call_soon(bad)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()

loop = asyncio.new_event_loop()
def handler(l, c):
    raise KeyError('h')
loop.set_exception_handler(handler)
loop.call_exception_handler({'message': 'with bad repr', 'z': BadRepr()})
print('after')
loop.set_exception_handler(None)
loop.call_exception_handler({'message': 'x', 'z': BadRepr()})
loop.call_exception_handler({'message': 'x', 'source_traceback': [('a.py', 1, 'f', 'pass'), ('b.py', 2, 'g', '')]})
loop.call_exception_handler({'message': 'x', 'source_traceback': 5})
print(repr(loop))
loop.set_debug(0)
print(repr(loop), loop.get_debug())
loop.close()
print(asyncio.new_event_loop().get_debug())
os.environ['PYTHONASYNCIODEBUG'] = '1'
l = asyncio.new_event_loop()
print(l.get_debug(), repr(l))
l.close()


async def get_debug():
    return asyncio.get_running_loop().get_debug()


print(asyncio.run(get_debug()), asyncio.run(get_debug(), debug=False), asyncio.run(get_debug(), debug='on'))
os.environ['PYTHONASYNCIODEBUG'] = ''
print(asyncio.run(get_debug()))
