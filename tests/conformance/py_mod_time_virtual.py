# time on the virtual clock: time/monotonic/perf_counter(+_ns), ctime/asctime/localtime/strftime, sleep advancing it
import time
print(time.time(), time.monotonic(), time.perf_counter(), time.time_ns(), time.monotonic_ns(), time.perf_counter_ns())
print(time.ctime(), '|', time.asctime(), '|', time.strftime('%Y-%m-%d %H:%M:%S %Z'))
print(time.localtime())
print(time.gmtime())
time.sleep(1.5)
print(time.time(), time.monotonic(), time.ctime(), time.monotonic_ns())
time.sleep(3600 * 25)
print(time.strftime('%c'), time.localtime().tm_yday, time.time() - 1767225600)
start = time.perf_counter()
time.sleep(0.25)
print(f'elapsed {time.perf_counter() - start:.3f}s')
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
