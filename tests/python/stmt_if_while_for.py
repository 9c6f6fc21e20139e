# if/elif/else, while/else, for/else, break, continue
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
print([classify(n) for n in (-5, 0, 3, 42)])
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print('while', i)
else:
    print('not reached')
j = 0
while j < 3:
    j += 1
else:
    print('while-else ran', j)
for k in range(3):
    pass
else:
    print('for-else ran', k)
for k in range(10):
    if k == 3:
        break
else:
    print('not reached')
print('broke at', k)
for a in range(3):
    for b in range(3):
        if b == 1:
            continue
        if a == 2:
            break
        print(a, b)
found = None
for word in ['apple', 'banana', 'cherry']:
    if word.startswith('b'):
        found = word
        break
print(found)
n = 10
while n:
    n -= 3
    if n < 0:
        break
print(n)
for x in []:
    print('never')
else:
    print('empty else')
if []:
    print('no')
elif {}:
    print('no')
elif 0.0 or '' or None:
    print('no')
else:
    print('all falsy')
count = 0
while True:
    count += 1
    if count > 100:
        break
print(count)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
