# exact-stderr
# A NameError inside a function uncaught at module level: 3.11 adds "Did you mean" to the message printed in the traceback.
counter = 0


def bump():
    global counter
    counter += 1
    return countr


print(bump())
