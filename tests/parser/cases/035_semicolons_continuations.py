x = 1; y = 2; z = 3;
a = 1 + \
    2
if a and \
   b:
    pass
s = [1,
     2,
     3]
t = (
    "a"
    "b"
)
def f(): return 1
class A: pass
while False: pass
for i in []: pass
