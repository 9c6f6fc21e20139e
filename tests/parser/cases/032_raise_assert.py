raise
raise ValueError
raise ValueError("msg")
raise ValueError("msg") from exc
raise MyError() from None
assert x
assert x, "message"
assert isinstance(x, int), f"bad {x!r}"
assert (x, y)
