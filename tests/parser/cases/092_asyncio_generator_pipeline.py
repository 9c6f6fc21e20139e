import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def take(source, k):
    out = []
    async for x in source:
        if len(out) >= k:
            break
        out.append(x)
    return out


async def main():
    print(await take(squares(numbers(100)), 5))
    evens = [x async for x in numbers(10) if x % 2 == 0]
    print(evens, sum([await asyncio.sleep(0, result=i) for i in range(3)]))


asyncio.run(main())
