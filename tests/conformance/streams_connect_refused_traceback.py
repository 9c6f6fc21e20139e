# an uncaught ConnectionRefusedError from open_connection: traceback and exit code
import asyncio
async def main():
    print("start")
    r, w = await asyncio.open_connection('127.0.0.1', 8888)
asyncio.run(main())
