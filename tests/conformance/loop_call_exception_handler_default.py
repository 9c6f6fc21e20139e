# call_exception_handler with the default handler logs the message and extra context keys to stderr via the asyncio logger.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "something odd", "detail": "x=1"})
    try:
        raise ValueError("attached")
    except ValueError as e:
        loop.call_exception_handler({"message": "with exception", "exception": e})
    print("handled, loop still fine")


asyncio.run(main())
