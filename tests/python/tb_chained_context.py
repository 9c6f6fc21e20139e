# exact-stderr
# implicit chaining: During handling of the above exception, another exception occurred
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError('could not parse ' + repr(s))
def main():
    return parse('x1')
main()
