# A tight loop: the sum of i*i below 1M (plain Python).
total = 0
for i in range(1_000_000):
    total += i * i
print(total)
