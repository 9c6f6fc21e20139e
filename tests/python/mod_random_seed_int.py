# random: seeded with ints, the Mersenne Twister gives CPython's exact sequences
import random
for seed in (0, 1, 42, -7, 2**40 + 3, 2**200 + 99):
    random.seed(seed)
    print(seed, random.random(), random.random(), random.getrandbits(70))
random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(5)], random.randrange(10**30))
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33))
random.seed(3.5)
print(random.random())
