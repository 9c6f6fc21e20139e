# time: strptime (struct_time with weekday/yday, tm_isdst -1) and get_clock_info
import time
print(time.strptime('2026-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Thu Jan  1 00:00:00 2026'), time.strptime('2026', '%Y'), time.strptime('100', '%j'))
print(time.get_clock_info('monotonic'), time.get_clock_info('time').adjustable)
try: time.strptime('x', '%Y')
except ValueError as e: print(e)
try: time.get_clock_info('nope')
except ValueError as e: print(e)
