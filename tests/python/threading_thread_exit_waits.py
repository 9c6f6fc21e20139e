# exact-stderr
# The interpreter's exit waits for the non-daemon threads (threading._shutdown) after the main
# module's uncaught exception was printed, and abandons the daemon ones: a thread still sleeping
# when the main module ends prints afterwards, a daemon thread's finally block never runs.
import sys
import threading
import time


def late(n):
    time.sleep(0.2 * n)
    print("late thread", n, "done", threading.active_count())
    print("late thread", n, "to stderr", file=sys.stderr)


def forever():
    try:
        while True:
            time.sleep(0.1)
    finally:
        print("never printed")


threading.Thread(target=forever, daemon=True).start()
for n in (2, 1):
    threading.Thread(target=late, args=(n,)).start()
print("main ends", threading.active_count())
raise ValueError("main error")
