# exact-stderr
# 3.11 caret lines under the failing sub-expression
def compute(a, b, c):
    result = a + b * c
    return result
def divide(values):
    return values[0] / values[1] + 1
print(divide([4, 2]))
total = compute(1, 2, 3) + divide([1, 0])
