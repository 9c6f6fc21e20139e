# exact-stderr
# a traceback through awaiting coroutines driven by hand
async def inner():
    raise LookupError('deep')
async def middle():
    await inner()
async def outer():
    await middle()
outer().send(None)
