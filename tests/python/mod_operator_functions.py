# operator: the operator functions and in-place variants
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.inv(0), op.not_(1), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.concat([1], [2]), op.contains('abc', 'b'))
print(op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.getitem([1, 2], 1), op.index(7), op.length_hint([1, 2, 3]), op.length_hint(iter([])), op.call(len, 'abc'))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iadd(1, 2), op.imul('ab', 2), op.ior({1}, {2}))
try:
    op.index(1.5)
except TypeError as e:
    print(e)
try:
    op.indexOf([1], 5)
except ValueError as e:
    print(e)
