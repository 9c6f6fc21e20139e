# throw() and close() travel down a chain of awaits to the innermost awaitable
class Wait:
    def __await__(self):
        try:
            yield 'waiting'
        except Exception as e:
            print('Wait saw', repr(e))
            raise
async def level3():
    try:
        await Wait()
    finally:
        print('level3 finally')
async def level2():
    try:
        await level3()
    except KeyError as e:
        print('level2 handled', repr(e))
        return 'recovered'
async def level1():
    r = await level2()
    print('level1 got', r)
    await Wait()
    return 'done'
c = level1()
print(c.send(None))
print(c.throw(KeyError('cancel')))
try:
    c.throw(ValueError('second'))
except ValueError as e:
    print('escaped', repr(e))
c2 = level1()
c2.send(None)
c2.close()
print('closed', c2.cr_frame)
async def catch_all():
    try:
        await Wait()
    except BaseException as e:
        print('caught', type(e).__name__)
        raise
c3 = catch_all()
c3.send(None)
c3.close()
