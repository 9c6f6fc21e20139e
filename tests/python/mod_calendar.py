import calendar
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(calendar.month_name[3], calendar.month_abbr[12], calendar.day_name[6], calendar.day_abbr[0], list(calendar.month_name)[:3])
print(calendar.month(2024, 2))
print(calendar.monthcalendar(2024, 2))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2023, 12, w=3))
print(calendar.calendar(2024, m=4)[:400])
print(list(calendar.Calendar().itermonthdays2(2024, 2))[:9])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.firstweekday(), calendar.MONDAY, calendar.Day.FRIDAY if hasattr(calendar, "Day") else "")
print(calendar.HTMLCalendar().formatmonth(2024, 1)[:200])
print([d for d in calendar.Calendar(6).itermonthdates(2024, 3)][:3])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
print(calendar.prmonth(2025, 1))
