# exact-stderr
# A coroutine passed as an argument and dropped when the callee returns is reported at the
# caller's line: the caller is running again when the callee's locals are released.
def is_ready(obj):
    ok = obj is not None
    return ok


class Holder:
    def __init__(self, obj):
        self.ok = obj is not None


async def work():
    return 1


print(is_ready(work()))
print(Holder(work()).ok)
print("end")
