# exact-stderr
# An exception at module level (no asyncio involved) gives a traceback with only the script's frames and exit code 1.
def divide(a, b):
    return a / b


def compute(values):
    return [divide(10, v) for v in values]


print("start")
print(compute([1, 2, 0, 4]))
