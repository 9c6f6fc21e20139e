# A tight loop of integer arithmetic: sums of i*i for i < 2,000,000 (kept below 2**62, the
# machine-word ints), six times, then a while loop counting to 4,000,000.
def main():
    result = 0
    for _ in range(6):
        total = 0
        for i in range(2000000):
            total += i * i
        result += total
    n = 0
    while n < 4000000:
        n += 1
    return result + n
print(main())
