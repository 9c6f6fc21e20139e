from typing import Optional, List, Dict, Callable, Awaitable

def f(a: Optional[int] = None, *, cb: Callable[[int], Awaitable[None]]) -> Dict[str, List[int]]:
    x: List[int] = []
    y: "Dict[str, int]" = {}
    return {"x": x}

async def g(q: "asyncio.Queue[int]") -> None:
    item: int = await q.get()
