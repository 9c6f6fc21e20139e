# With logging configured for DEBUG, each event loop CPython creates logs "Using selector: EpollSelector" on the 'asyncio' logger (BaseSelectorEventLoop.__init__); without DEBUG, or before logging is configured, nothing shows.
import asyncio
import logging
import sys

async def main():
    print("ran")

asyncio.run(main())
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
asyncio.run(main())
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
logging.getLogger("asyncio").setLevel(logging.INFO)
asyncio.run(main())
print("done")
