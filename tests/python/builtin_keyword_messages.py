# Keyword errors: positional-only parameters passed by keyword, and the wording of
# builtins parsed by Argument Clinic ("'k' is an invalid keyword argument for f()").
def po(a, b, /):
    pass


def po1(a, /, b):
    pass


calls = [
    "po(a=1, b=2)", "po1(a=1, b=2)", "int(x=1)", "int(foo=1)", "int('1', bas=10)",
    "int('10', base=2)", "max(1, 2, foo=3)", "min([1], foo=3)", "round(1, foo=2)",
    "round(number=1.5)", "sum([], foo=1)", "sum([1], start=2)", "sum(iterable=[1])",
    "pow(1, 2, foo=1)", "pow(base=2, exp=3)", "(1).to_bytes(foo=1)", "int.from_bytes(b'a', foo=1)",
    "b'a'.decode(foo=1)", "b'a'.hex(foo=1)", "b'a b'.split(foo=1)", "property(foo=1)",
    "abs(x=1)", "len(obj=1)",
]
for c in calls:
    try:
        print(c, "->", eval(c))
    except TypeError as e:
        print(c, "->", e)
