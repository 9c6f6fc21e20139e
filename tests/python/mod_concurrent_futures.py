# concurrent.futures: executors, Future states, map, wait and as_completed (finished futures)
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, Future, wait, as_completed, ALL_COMPLETED
def square(x):
    return x * x
def boom():
    raise ValueError('boom')
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.cancelled(), f.exception())
    print(list(ex.map(square, range(5))))
    bad = ex.submit(boom)
    print(type(bad.exception()).__name__, bad.done())
    try:
        bad.result()
    except ValueError as e:
        print('raised', e)
    done, not_done = wait([f, bad], return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    print(sorted(x.result() for x in as_completed([ex.submit(square, i) for i in range(4)])))
fut = Future()
print(fut.done(), fut.cancel(), fut.cancelled())
try:
    fut.result()
except concurrent.futures.CancelledError:
    print('CancelledError')
g = Future(); seen = []
g.add_done_callback(lambda x: seen.append(x.result()))
g.set_result(5); print(seen)
try:
    g.set_result(6)
except concurrent.futures.InvalidStateError:
    print('InvalidStateError')
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
print(issubclass(concurrent.futures.TimeoutError, TimeoutError))
