# Records asyncio logs itself carry the site of CPython's call in its asyncio package (module,
# filename, funcName, lineno), not the program's frame that led there: the selector line of a new
# loop (selector_events.py BaseSelectorEventLoop.__init__), 'Task exception was never retrieved'
# and other default_exception_handler messages (base_events.py), and 'Exception in default
# exception handler' when the handler itself fails (call_exception_handler, with the traceback).
import asyncio
import logging
import sys

class Short(logging.Formatter):
    def formatException(self, ei):
        return "  exc_info: " + repr(ei[1])

h = logging.StreamHandler(sys.stdout)
h.setFormatter(Short("%(levelname)s %(name)s %(module)s %(filename)s %(funcName)s:%(lineno)d %(message)s"))
logging.basicConfig(level=logging.DEBUG, handlers=[h])

class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")

async def boom():
    raise KeyError("lost")

async def main():
    logging.info("main started")
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "custom context", "detail": 42})
    loop.call_exception_handler({"message": "unprintable", "obj": BadRepr()})

asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.INFO)
asyncio.run(main())
