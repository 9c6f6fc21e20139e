# random: error messages of the sequence and integer functions
import random
cases = [
    lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 2),
    lambda: random.randrange(0, 10, 0), lambda: random.randrange(10, 0, 2),
    lambda: random.randrange(1, 10, step=2) if False else random.randrange(3.0),
    lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], -1),
    lambda: random.getrandbits(-1), lambda: random.choices('ab', [1]),
    lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]), lambda: random.choices('ab', [0, 0]),
    lambda: random.choices('ab', 3), lambda: random.Random().setstate((9, (), None)),
    lambda: random.randint(1, 'x'),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
