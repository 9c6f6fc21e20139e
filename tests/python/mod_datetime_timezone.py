# datetime: timezone-aware datetimes, fixed offsets, astimezone and comparisons
from datetime import datetime, timedelta, timezone
aware = datetime(2026, 1, 1, 12, tzinfo=timezone.utc)
print(aware, repr(aware), aware.isoformat(), aware.tzname(), aware.utcoffset(), aware.timestamp())
ist = timezone(timedelta(hours=5, minutes=30))
print(aware.astimezone(ist), aware.astimezone(ist) == aware, repr(ist), str(ist))
tz = timezone(timedelta(hours=-3), 'BRT')
print(tz, repr(tz), datetime(2026, 1, 1, tzinfo=tz).strftime('%z %Z'), timezone.utc, repr(timezone(timedelta(0))))
print(datetime.fromisoformat('2026-01-02T03:04:05+02:00'), datetime.fromisoformat('2026-01-02 03:04:05Z'), datetime.fromtimestamp(86400.5, timezone.utc))
print(aware - datetime(2026, 1, 1, tzinfo=ist), datetime(2026, 1, 1, 5, 30, tzinfo=ist) == datetime(2026, 1, 1, tzinfo=timezone.utc))
try:
    datetime(2026, 1, 1) < aware
except TypeError as e:
    print(e)
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print(e)
