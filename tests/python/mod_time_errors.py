# time: argument errors of sleep/gmtime/strftime/asctime worded as CPython's
import time
cases = [
    lambda: time.sleep(),
    lambda: time.sleep('x'),
    lambda: time.sleep(-1),
    lambda: time.sleep(float('nan')),
    lambda: time.gmtime('x'),
    lambda: time.gmtime(1e30),
    lambda: time.gmtime(1, 2),
    lambda: time.asctime((1, 2)),
    lambda: time.asctime(5),
    lambda: time.strftime(5),
    lambda: time.strftime('%Y', (2026, 13, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2026, 1, 32, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2026, 1, 1, 24, 0, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2026, 1, 1, 0, 0, 0, 0, 367, 0)),
    lambda: time.strftime('%Y', (2026, 1, 1.5, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime('a\0b'),
    lambda: time.time(1),
    lambda: time.mktime(5),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
time.sleep(0)
print('slept 0')
