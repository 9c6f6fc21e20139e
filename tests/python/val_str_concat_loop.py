# s = s + t and s += t in long loops stay linear (the string grows in place when the variable holds its only reference) and never change other references
def build(n):
    s = ""
    for i in range(n):
        s += "x"
        s = s + "y"
    return s


r = build(1_000_000)
print(len(r), r[:6], r[-4:])


def shared():
    s = "start"
    alias = s
    parts = []
    for i in range(5):
        parts.append(s)
        s += str(i)
    return s, alias, parts


print(shared())


def closure():
    s = "é"

    def grow():
        nonlocal s
        for _ in range(200_000):
            s += "ü"
    grow()
    return len(s), s[:3], len(s.encode())


print(closure())


def to_global():
    global G
    G = ""
    for _ in range(50_000):
        G += "g"


to_global()
print(len(G))


class Body:
    text = ""
    for _ in range(1000):
        text = text + "c"


print(len(Body.text))

# module level, and the value seen through another name is never modified
t = "a"
u = t
keep = []
for i in range(2000):
    keep.append(t)
    t = t + "b"
print(len(t), u, len(keep[1]), len(keep[-1]), sorted(set(map(len, keep)))[:3])
s = "x"
s += s
s = s + s
print(s)
try:
    s += 1
except TypeError as e:
    print("TypeError:", e, s)
