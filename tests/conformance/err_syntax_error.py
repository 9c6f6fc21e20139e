# exact-stderr
# A syntax error: nothing runs, stderr shows the file, line, caret and SyntaxError message, exit code 1.
import asyncio

print("never printed")


async def main():
    await asyncio.sleep(1)
    return [1, 2
