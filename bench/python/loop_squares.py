# A tight loop of integer arithmetic: the sum of i*i for i < 3,000,000.
def main():
    total = 0
    for i in range(3000000):
        total += i * i
    n = 0
    while n < 1000000:
        n += 1
    return total + n
print(main())
