# exact-stderr
# traceback through a class body, a lambda and a comprehension
def helper(v):
    return [1 / x for x in v]
class Table:
    rows = [0, 1]
    inverse = (lambda rows: helper(rows))(rows)
