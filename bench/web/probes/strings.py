# Allocation: 300k str(i) joined (plain Python).
print(len(",".join(str(i) for i in range(300_000))))
