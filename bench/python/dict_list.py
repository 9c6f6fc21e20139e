# Dict and list heavy code: counting, grouping, sorting and indexing.
def main():
    words = ['w%d' % (i % 5000) for i in range(1200000)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    groups = {}
    for w, n in counts.items():
        groups.setdefault(n, []).append(w)
    data = list(range(600000))
    total = 0
    for i in range(len(data)):
        total += data[i] * 2 - data[-1 - i]
    data.sort(key=lambda v: -v)
    return len(counts) + len(groups) + total + data[0]
print(main())
