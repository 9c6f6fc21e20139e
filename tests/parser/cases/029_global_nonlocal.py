counter = 0

def inc():
    global counter
    counter += 1

def outer():
    x = 0
    y = 0
    def inner():
        nonlocal x, y
        x += 1
        y += 1
    inner()
    return x

def many():
    global a, b, c
