# String building: 3M str(i) joined, and a list of f-strings.
def main():
    s = ','.join([str(i) for i in range(3000000)])
    parts = []
    for i in range(1000000):
        parts.append(f'{i}:{i * 2:>8}|{i % 7!r}')
    t = ''.join(parts)
    return len(s) + len(t)
print(main())
