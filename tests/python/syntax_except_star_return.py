# exact-stderr
# return with a constant value inside except*: CPython reports it at the value
def f():
    try:
        pass
    except* ValueError:
        return "handled"
