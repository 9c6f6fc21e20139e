# exact-stderr
# a call spanning lines and a failing call in an argument list
def fail(x):
    raise ValueError(f'bad value {x}')
def combine(*parts):
    return sum(parts)
combine(1,
        2,
        fail(3))
