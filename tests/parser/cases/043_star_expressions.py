a = *b, c
print(*args)
x = [*range(3)]
first, *rest = items
for a, *b in c:
    pass
return_value = (*a, *b)
s = {*a}
