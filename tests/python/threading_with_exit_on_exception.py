# A with statement's __exit__ blocking on the exception path in a started thread (LoopScope: the
# Python __exit__ runs in the thread's own chain, so that the green thread suspends there while
# the main thread goes on): an __exit__ swallowing the exception, one letting it propagate, one
# raising its own (the body's exception as its __context__), sys.exc_info() inside; then the same
# in the main thread. Real CPython, real sleeps (events 0.1 s apart).
import threading, time, sys
class CM:
    def __init__(self, swallow, boom=False):
        self.swallow, self.boom = swallow, boom
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        time.sleep(0.2)
        print("exit", t.__name__ if t else None, v, tb is not None, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        if self.boom:
            raise RuntimeError("from exit")
        return self.swallow
def job():
    with CM(True):
        raise KeyError("a")
    print("swallowed")
    try:
        with CM(False):
            raise KeyError("b")
    except KeyError as e:
        print("propagated", e)
    try:
        with CM(False, True):
            raise KeyError("c")
    except RuntimeError as e:
        print("exit raised", e, repr(e.__context__))
    with CM(False):
        pass
t = threading.Thread(target=job)
t.start()
time.sleep(0.1)
for i in range(5):
    print("main", i)
    time.sleep(0.2)
t.join()
job()
