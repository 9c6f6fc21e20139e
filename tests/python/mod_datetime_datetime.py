# datetime: datetime construction, arithmetic, isoformat/str/repr, strftime/strptime
from datetime import datetime, date, time, timedelta
dt = datetime(2026, 3, 4, 5, 6, 7, 890)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.date(), dt.time(), dt + timedelta(hours=20), dt - datetime(2026, 1, 1), repr(datetime(2026, 1, 1)))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %a %b'), f'{dt:%H:%M}', dt.ctime(), dt.weekday(), dt.timetuple(), dt.replace(year=2000, microsecond=0))
print(datetime.fromisoformat('2026-01-02T03:04:05.123456'), datetime.fromisoformat('2026-01-02'), time.fromisoformat('10:20:30'))
print(datetime.strptime('2026-05-06 07:08:09', '%Y-%m-%d %H:%M:%S'), datetime.strptime('06/Jan/2026:10:00:00 PM', '%d/%b/%Y:%I:%M:%S %p'))
t = time(14, 30, 15, 500)
print(t, repr(t), t.isoformat('minutes'), t.strftime('%I:%M %p'), time(), repr(time(1, 2)), t.replace(hour=1))
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1e9 + 0.5), datetime.combine(date(2026, 1, 1), t), datetime(2026, 1, 1) == datetime(2026, 1, 1, 0, 0))
print(sorted([datetime(2026, 1, 2), datetime(2025, 1, 1)]), datetime.min, datetime.max, datetime(2026, 1, 1).timestamp())
for f in [lambda: time(25), lambda: datetime.fromisoformat('nope'), lambda: datetime.strptime('2026', '%Y-%m'), lambda: datetime.strptime('2026-01-01x', '%Y-%m-%d')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
