# asyncio.Runner's __enter__/__exit__/close/get_loop bind their arguments as the Python defs they are
# in CPython (close(1) was accepted and get_loop(1) ran).
import asyncio
r = asyncio.Runner()
for label, f, a in [('__enter__(1)', r.__enter__, (1,)), ('__exit__()', r.__exit__, ()), ('__exit__(1, 2)', r.__exit__, (1, 2)),
                    ('close(1)', r.close, (1,)), ('get_loop(1)', r.get_loop, (1,)), ('close(x=1)', lambda: r.close(x=1), ())]:
    try:
        f(*a)
        print(label, 'ok')
    except TypeError as e:
        print(label, e)
async def main():
    return 'r'
with asyncio.Runner() as r2:
    print(r2.run(main()))
print(r2.__exit__(None, None, None))
r.close()
