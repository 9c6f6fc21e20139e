# copy: __copy__, __deepcopy__ with memo, __getstate__/__setstate__, __reduce_ex__ and cycles
import copy
class WithHooks:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return WithHooks('copied')
    def __deepcopy__(self, memo):
        return WithHooks('deep:' + str(len(memo)))
print(copy.copy(WithHooks(1)).v, copy.deepcopy(WithHooks(1)).v, copy.deepcopy([WithHooks(1)])[0].v)
class State:
    def __init__(self):
        self.a = 1
        self.cache = 'expensive'
    def __getstate__(self):
        return {'a': self.a}
    def __setstate__(self, st):
        self.a = st['a']
        self.cache = 'rebuilt'
s = copy.deepcopy(State()); print(s.a, s.cache)
l = [1]; l.append(l); l2 = copy.deepcopy(l); print(l2[1] is l2, l2[1] is l)
shared = [0]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1], pc[0] is shared)
memo = {}; x = [1, 2]; y = copy.deepcopy(x, memo); print(id(x) in memo, memo[id(x)] is y)
class Red:
    def __init__(self, n):
        self.n = n
    def __reduce_ex__(self, proto):
        return (Red, (self.n * 10,))
print(copy.copy(Red(2)).n, copy.deepcopy(Red(3)).n)
