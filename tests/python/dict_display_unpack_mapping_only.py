def show(f):
    try: print(f())
    except Exception as e: print(type(e).__name__ + ":", e)
show(lambda: int.from_bytes("x", "big"))
show(lambda: int.from_bytes(5, "big"))
show(lambda: int.from_bytes(True, "big"))
show(lambda: int.from_bytes(1.5, "big"))
show(lambda: int.from_bytes(None, "big"))
show(lambda: int.from_bytes([1, 2], "big"))
show(lambda: int.from_bytes((255,), "little", signed=True))
show(lambda: int.from_bytes(bytearray(b"\x01\x00"), "little"))
show(lambda: int.from_bytes(iter([1, 0]), "big"))
show(lambda: int.from_bytes([256], "big"))
class B:
    def __bytes__(self): return b"\x02"
show(lambda: int.from_bytes(B(), "big"))
show(lambda: {**[1]})
show(lambda: {**[(1, 2)]})
show(lambda: {**None})
show(lambda: {**{1: 2}, **{3: 4}.items()})
class KeysOnly:
    def keys(self): return ["a"]
    def __getitem__(self, k): return k * 2
show(lambda: {**KeysOnly()})
class BadKeys:
    def keys(self): raise AttributeError("inner")
show(lambda: {**BadKeys()})
def f(**kw): return kw
show(lambda: f(**[1]))
show(lambda: f(**KeysOnly()))
show(lambda: dict([(1, 2)]))
