# _thread.start_new_thread (LoopScope: a green thread on the virtual clock, not waited for at
# exit): the identifier, a dummy Thread object from current_thread() inside ('Dummy-N', daemon),
# keyword arguments, an exception reported as 'Exception ignored in thread started by:
# <function>' (stderr), SystemExit ignored, the argument type errors. Real CPython, real sleeps.
import _thread, threading, time
done = []
def worker(n, tag="x"):
    time.sleep(0.1 * n)
    t = threading.current_thread()
    print("worker", n, tag, t.name, type(t).__name__, t.daemon, t.is_alive(), t is threading.current_thread())
    done.append(n)
def bad():
    time.sleep(0.05)
    1 / 0
ident = _thread.start_new_thread(worker, (2,), {"tag": "kw"})
print(isinstance(ident, int), ident != threading.get_ident())
_thread.start_new_thread(worker, (1,))
_thread.start_new_thread(bad, ())
_thread.start_new_thread(lambda: (_ for _ in ()).throw(SystemExit(3)), ())
try:
    _thread.start_new_thread(worker, [1])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(worker, (1,), 3)
except TypeError as e:
    print("TypeError:", e)
time.sleep(0.3)
print(done, sorted(t.name for t in threading.enumerate()))
