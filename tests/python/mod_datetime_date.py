# datetime: date arithmetic, calendar helpers, ISO formats and strftime
from datetime import date, timedelta
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(date.fromordinal(738000), d.strftime('%A %d %B %Y, day %j'), d.replace(day=1), d.ctime(), f'{d:%d/%m/%y}', format(d, ''))
print(date.fromisoformat('2025-12-31'), date.fromisocalendar(2026, 1, 1), date(2026, 1, 1).isocalendar().week, date(2020, 12, 31).isocalendar())
print(date(2026, 1, 1) < date(2026, 1, 2), max(d, date(2025, 1, 1)), {date(2026, 1, 1): 1}[date(2026, 1, 1)], date.min, date.max)
for f in [lambda: date(2026, 2, 29), lambda: date(2026, 13, 1), lambda: date(0, 1, 1), lambda: date(2026, 1, 1.5), lambda: date.fromisoformat('2026-1-1')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    date(2026, 1, 1) + 1
except TypeError:
    print('date + int is a TypeError')
