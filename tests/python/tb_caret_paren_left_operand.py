# The ~~^~~ anchors of a binary operation whose left operand is parenthesized point at the
# operator, not at the operand's closing ')' (CPython 3.11.7's traceback.c keeps going past it).
def total(price, qty):
    return (price * 2) + qty


print(total(1, 2))
total(1, "x")
