# assert with and without messages
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False, 'the message'
except AssertionError as e:
    print(repr(e))
try:
    x = [1, 2]
    assert len(x) == 3, f'len is {len(x)}'
except AssertionError as e:
    print(e)
assert True, 'never evaluated'
def msg():
    print('message evaluated')
    return 'm'
assert 1, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print('caught', e)
try:
    assert (), {'k': 1}
except AssertionError as e:
    print(e.args)
