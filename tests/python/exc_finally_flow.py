# return/break/continue inside finally; finally runs on every exit
def ret_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_in_finally())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def order():
    log = []
    try:
        log.append('try')
        return log
    finally:
        log.append('finally')
print(order())
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return i
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError
            out.append(i)
        except ValueError:
            continue
        finally:
            out.append('f%d' % i)
    return out
print(loop_continue())
def nested_finally():
    try:
        try:
            return 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_finally())
def finally_exc():
    try:
        try:
            raise ValueError('first')
        finally:
            raise TypeError('second')
    except TypeError as e:
        return repr(e) + ' context=' + repr(e.__context__)
print(finally_exc())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for v in gen():
    print(v)
    break
print('after break')
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('finally', n)
print(while_finally())
def ret_value_overridden():
    x = 1
    try:
        return x
    finally:
        x = 2
print(ret_value_overridden())
def exc_in_else():
    try:
        pass
    except ValueError:
        return 'no'
    else:
        raise KeyError('from else')
    finally:
        print('finally after else')
try:
    exc_in_else()
except KeyError as e:
    print('got', e)
