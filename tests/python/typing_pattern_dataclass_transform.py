import typing, re
from typing import dataclass_transform, Pattern, Match
@dataclass_transform(kw_only_default=True, field_specifiers=(int,))
class ModelBase: pass
print(ModelBase.__dataclass_transform__)
@dataclass_transform()
def model(cls): return cls
print(model.__dataclass_transform__["eq_default"])
print(Pattern, Match, Pattern[str], Match[bytes], typing.get_origin(Pattern[str]) is re.Pattern, typing.get_args(Match[str]))
def f(p: Pattern[str]) -> Match[str] | None: return p.match("x")
print(f(re.compile("x")) is not None, f.__annotations__["p"])
print(sorted(set(typing.__all__) & {"Pattern", "Match", "dataclass_transform"}))
try: Pattern[str, int]
except TypeError as e: print(e)
