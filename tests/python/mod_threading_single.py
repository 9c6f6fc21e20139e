# threading: the main thread, locks, events and semaphores in a single-threaded program
import threading
t = threading.current_thread()
print(t.name, t is threading.main_thread(), threading.active_count(), threading.get_ident() == t.ident, t.daemon, t.is_alive())
lock = threading.Lock()
with lock:
    print(lock.locked(), lock.acquire(blocking=False))
print(lock.locked(), lock.acquire(), lock.locked()); lock.release()
r = threading.RLock()
with r:
    with r:
        print('reentrant ok')
e = threading.Event(); print(e.is_set()); e.set(); print(e.wait(), e.is_set())
s = threading.BoundedSemaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False)); s.release(); s.release()
try:
    s.release()
except ValueError as err:
    print(err)
try:
    lock.release()
except RuntimeError as err:
    print(err)
data = threading.local(); data.x = 5; print(data.x)
th = threading.Thread(target=print, name='worker')
print(th.name, th.daemon, th.ident)
