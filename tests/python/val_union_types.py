# X | Y union types, generic aliases, isinstance with unions
print(int | str, int | None, type(int | str).__name__)
print(isinstance(1, int | str), isinstance(1.5, int | str), issubclass(bool, int | float))
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int] == list[int], list[int]([1, 2]), (int | str) == (str | int))
def f(x: int | None = None) -> list[str]:
    return [str(x)]
print(f.__annotations__, f(3))
print((int | str).__args__, list[int].__origin__, list[int].__args__)
