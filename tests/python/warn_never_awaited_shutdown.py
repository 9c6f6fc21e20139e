# a coroutine still referenced at exit warns from sys:1 during shutdown
async def job(n):
    return n
pending = job(1)
print('exiting with a pending coroutine')
