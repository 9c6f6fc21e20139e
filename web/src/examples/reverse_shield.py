# Reverse shield: the callee may be cancelled, but its caller carries on with an ordinary exception.
import asyncio


class FetchCancelled(Exception):
    pass


async def reverse_shield(awaitable):
    try:
        return await awaitable
    except asyncio.CancelledError:
        if asyncio.current_task().cancelling():
            raise  # we are being cancelled ourselves: let that through
        raise FetchCancelled("the fetch was cancelled") from None


async def fetch(url):
    await asyncio.sleep(5)
    return f"<html of {url}>"


async def page(fetch_task):
    try:
        body = await reverse_shield(fetch_task)
    except FetchCancelled as e:
        print("page:", e, "- showing the cached copy")
        body = "<cached html>"
    print("page: rendering", body)
    return len(body)


async def main():
    fetch_task = asyncio.create_task(fetch("https://example.org"), name="fetch")
    page_task = asyncio.create_task(page(fetch_task), name="page")
    await asyncio.sleep(1)
    fetch_task.cancel()  # e.g. the user pressed "stop loading"
    print("page returned", await page_task)
    print("fetch cancelled:", fetch_task.cancelled(), "/ page cancelled:", page_task.cancelled())


asyncio.run(main())
