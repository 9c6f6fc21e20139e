# 'async for' over an object whose __anext__ result cannot be awaited raises CPython's TypeError
# "'async for' received an invalid object from __anext__: T" from the underlying error (a failing
# __await__, or "object T can't be used in 'await' expression"), kept as __cause__ and __context__
# (_PyErr_FormatFromCause; test_coroutines test_for_11).

class F:
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        1 / 0
class G:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42
async def main():
    for cls in (F, G):
        try:
            async for _ in cls():
                pass
        except TypeError as e:
            print(e, '| cause:', repr(e.__cause__), '| ctx:', repr(e.__context__))
    async for _ in G():
        pass
main().send(None)
