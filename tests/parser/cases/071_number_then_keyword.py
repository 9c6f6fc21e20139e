a = [x for x in range(3)if x]
b = 1 if True else 2
c = 0x1 or 2
