# random: independent Random instances, getstate/setstate, subclasses overriding random()
import random
a = random.Random(99)
b = random.Random(99)
print(a.random() == b.random(), a.randint(0, 10**20), b.randint(0, 10**20))
s = a.getstate()
x = [a.random() for _ in range(3)]
a.setstate(s)
print(x == [a.random() for _ in range(3)], s[0], len(s[1]), s[2])
g = random.Random(5)
g.gauss(0, 1)
state = g.getstate()
print(state[2] is not None)
class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed()
print(f.randrange(10), f.choice('abcd'), f.uniform(0, 4))
print(random.Random(0).random(), random.Random('x').random())
r = random.Random(); r.seed(2024); print(r.random())
