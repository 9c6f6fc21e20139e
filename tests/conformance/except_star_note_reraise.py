# In an except* block the matched group is a new group split from the original; a note added to it
# does not change what CPython 3.11 calls its metadata (traceback, cause, context), so a bare
# `raise` re-raises the original group (without the note). A new traceback, cause or context makes
# it a new raise that keeps the note.
import asyncio

async def fetch(url):
    await asyncio.sleep(0.1)
    if "bad" in url:
        err = ConnectionError(f"cannot reach {url}")
        err.add_note(f"while fetching {url}")
        raise err
    return url

async def group(urls):
    async with asyncio.TaskGroup() as tg:
        for u in urls:
            tg.create_task(fetch(u))

async def main():
    for mode in ("bare", "from"):
        try:
            try:
                await group(["good1", "bad1", "good2", "bad2"])
            except* ConnectionError as eg:
                eg.add_note("some fetches failed")
                print([str(e) for e in eg.exceptions], [e.__notes__ for e in eg.exceptions])
                if mode == "bare":
                    raise
                raise eg from None
        except ExceptionGroup as caught:
            print(mode, repr(caught), getattr(caught, "__notes__", None))
    try:
        await group(["bad3"])
    except* ConnectionError as eg:
        eg.add_note("last one")
        raise

asyncio.run(main())
