# random: choice, shuffle, sample (both algorithms), choices with weights and cum_weights
import random
random.seed(7)
print(random.choice('abcdef'), random.choice([10, 20, 30]), random.choice(range(100)))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5))
print(random.sample(range(1000), 30))
print(random.sample(['a', 'b', 'c', 'd'], k=2, counts=[1, 2, 3, 4]))
print(random.choices('abc', k=6))
print(random.choices('abc', weights=[1, 2, 3], k=6))
print(random.choices('abc', cum_weights=[1, 2, 10], k=6))
print(random.choices(range(5), [0, 0, 1, 0, 0]))
