# random: real-valued distributions (uniform, gauss, normalvariate, triangular, ...)
import random
random.seed(12345)
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.triangular())
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(10, 2))
print(random.normalvariate(5, 2), random.lognormvariate(0, 1), random.expovariate(2.0))
print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(6))
