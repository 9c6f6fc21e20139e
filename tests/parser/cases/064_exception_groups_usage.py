async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(a())
            tg.create_task(b())
    except* ValueError as eg:
        for e in eg.exceptions:
            print(e)
    except* (TypeError, KeyError):
        raise
