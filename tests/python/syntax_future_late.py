"""A docstring, then an ordinary import: a future import after it is too late."""
import os
from __future__ import annotations

print("never runs")
