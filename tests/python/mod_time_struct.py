# time: struct_time is a tuple with named fields, zone attributes and a read-only repr
import time
t = time.gmtime(0)
print(t, len(t), t[0:3], t.tm_year, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(isinstance(t, tuple), type(t).__name__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
s = time.struct_time((2026, 2, 3, 4, 5, 6, 1, 34, 0))
print(s, s.tm_mon, tuple(s), s == (2026, 2, 3, 4, 5, 6, 1, 34, 0))
y, m, d, *rest = time.gmtime(86400 * 365)
print(y, m, d, rest)
try:
    t.tm_year = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print('TypeError', e)
print(time.gmtime(-1), time.gmtime(1.9))
print(time.timezone, time.altzone, time.daylight)
