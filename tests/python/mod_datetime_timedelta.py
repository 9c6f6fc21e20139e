# datetime: timedelta normalization, arithmetic, str/repr
from datetime import timedelta
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(weeks=2, milliseconds=1))
print(timedelta(hours=36) // timedelta(hours=1), timedelta(hours=1) / 2, timedelta(minutes=90) % timedelta(hours=1), divmod(timedelta(hours=5), timedelta(hours=2)))
print(-timedelta(days=2, seconds=5), abs(timedelta(-1)), timedelta(days=1.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(hours=1) * 2.5)
print(timedelta(days=-1, seconds=86399) == timedelta(seconds=-1), timedelta(1) > timedelta(hours=23), bool(timedelta(0)), sorted([timedelta(2), timedelta(-1)]))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(days=999999999))
try:
    timedelta(days=10**9)
except OverflowError as e:
    print(e)
