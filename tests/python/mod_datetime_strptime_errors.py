from datetime import datetime
import time

cases = [
    ("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-1-1x", "%Y-%m-%d"),
    ("2024-1-5", "%Y-%m-%d"), ("2024-00-10", "%Y-%m-%d"), ("2024-10-32", "%Y-%m-%d"),
    ("2024-10- 7", "%Y-%m-%d"), ("24:00", "%H:%M"), ("23:60", "%H:%M"), ("9:5:61", "%H:%M:%S"),
    ("13 PM", "%I %p"), ("1 pm", "%I %p"), ("12am", "%I%p"), ("2024 367", "%Y %j"),
    ("2024 060", "%Y %j"), ("2024  5", "%Y %m"), ("20245", "%Y %m"), ("2024 05 extra", "%Y %m"),
    ("January 5", "%b %d"), ("Jan 5", "%B %d"), ("jan 5", "%b %d"), ("MAY 5", "%B %d"),
    ("Monday", "%a"), ("Mon", "%A"), ("mon", "%a"), ("2024t10", "%YT%m"),
    ("123", "%m%d"), ("1231", "%m%d"), ("2024-10-10 10:10:10.5", "%Y-%m-%d %H:%M:%S.%f"),
    ("2024", "%Y %"), ("x", "%Q"), ("99", "%y"), ("5", "%y"),
]
for text, fmt in cases:
    try:
        print(repr(text), repr(fmt), datetime.strptime(text, fmt))
    except ValueError as e:
        print(repr(text), repr(fmt), "ValueError:", e)
