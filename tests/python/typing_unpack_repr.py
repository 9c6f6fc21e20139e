from typing import Unpack, TypeVarTuple, Tuple, get_args, get_origin
Ts = TypeVarTuple("Ts")
print(Unpack[Ts], Unpack[Tuple[int, str]], Unpack[tuple[int]], get_args(Unpack[Ts]), get_origin(Unpack[Ts]) is Unpack, list(Ts), Unpack[Ts] == Unpack[Ts])
