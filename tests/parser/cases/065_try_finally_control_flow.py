def f():
    try:
        return 1
    finally:
        return 2

def g():
    for i in range(3):
        try:
            continue
        finally:
            break

def h():
    while True:
        try:
            raise ValueError
        except ValueError:
            break
        finally:
            print("finally")
