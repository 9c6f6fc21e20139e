# random distributions under a seed: choices with weights, gauss, triangular, expovariate, betavariate formatted to 10 digits.
import random

random.seed(12345)
print(random.choices("abc", weights=[1, 5, 10], k=8))
print(random.choices(range(5), k=5))
print(f"{random.gauss(0, 1):.10f} {random.normalvariate(10, 2):.10f}")
print(f"{random.triangular(0, 10, 3):.10f} {random.expovariate(1.5):.10f}")
print(f"{random.betavariate(2, 3):.10f} {random.paretovariate(3):.10f}")
print(random.sample(["x", "y", "z", "w"], k=2), random.randbytes(4).hex())
