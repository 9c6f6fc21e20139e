# an unknown future feature (and braces: "not a chance") are compile-time errors
from __future__ import annotations, braces

print("never runs")
