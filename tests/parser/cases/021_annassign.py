x: int
y: int = 0
z: list[int] = []
self.attr: str = "a"
d["key"]: int = 1
(paren): int = 1
a: "forward ref"
b: tuple[int, ...] = (1, 2)
c: dict[str, list[int]] | None = None
