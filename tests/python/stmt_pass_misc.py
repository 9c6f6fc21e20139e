# pass, ellipsis bodies, semicolons, line continuation, docstrings, empty constructs
def nothing():
    pass
class Nothing:
    ...
print(nothing(), Nothing.__doc__)
x = 1; y = 2; z = x + \
    y
print(z)
if True: print('one-line if')
for i in range(2): print('one-line for', i)
while False: pass
def doc():
    '''Docstring.
    Second line.'''
print(repr(doc.__doc__))
def not_doc():
    x = 1
    'not a docstring'
print(not_doc.__doc__)
total = (1 +
         2 +
         3)
items = [
    1,
    2,
]
print(total, items, {
    'k': 'v',
})
s = ('implicit '
     'concatenation')
print(s)
lambda_list = [lambda: None, lambda: ...]
print([f() for f in lambda_list])
try:
    pass
except Exception:
    pass
print('done')
