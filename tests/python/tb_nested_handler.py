# exact-stderr
# re-raising inside nested handlers keeps the original traceback entries
def risky():
    return [][1]
def wrapper():
    try:
        risky()
    except IndexError:
        print('logging and re-raising')
        raise
def outer():
    try:
        wrapper()
    except ValueError:
        pass
outer()
