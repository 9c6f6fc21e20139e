# try/except/finally order, return in finally overriding, finally running on break/continue, exception replaced in finally.
def f(x):
    try:
        print("  try", x)
        if x == 0:
            raise ZeroDivisionError("x is zero")
        return "try-return"
    except ZeroDivisionError as e:
        print("  except", e)
        return "except-return"
    else:
        print("  else (not reached with return in try)")
    finally:
        print("  finally")


print(f(1))
print(f(0))


def override():
    try:
        return "from try"
    finally:
        return "from finally"


print(override())


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"


print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
try:
    try:
        raise KeyError("first")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", repr(e))

