from typing import Callable, ParamSpec, Concatenate, get_args, get_origin
P = ParamSpec("P")
print(Callable[P, int], Callable[Concatenate[int, P], str], Callable[[], int], Callable[[int, str], None], Callable[..., int], Callable)
print(get_origin(Callable[P, int]), get_args(Callable[[int], str]), get_args(Callable[..., int]))
for bad in [lambda: Callable[int, str], lambda: Callable[int], lambda: Callable["x", int]]:
    try: print(bad())
    except TypeError as e: print(e)
