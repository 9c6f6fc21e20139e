# The virtual wall clock: time.time() starts at 2026-01-01 00:00:00 UTC; ctime, gmtime, localtime, strftime and sleep follow it.
import time

print(time.time(), time.ctime())
print(time.ctime(0), time.ctime(1767225600 + 86399))
t = time.gmtime()
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()), time.strftime("%A %B %d", time.localtime()))
time.sleep(90061.5)
print(time.time(), time.ctime(), time.monotonic(), time.perf_counter())
print(time.strftime("%Y-%m-%dT%H:%M:%S"), time.asctime())
print(time.time_ns(), time.monotonic_ns())
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
