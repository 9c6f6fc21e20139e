# exact-stderr
# a coroutine that is never awaited warns when it is destroyed
async def fetch():
    return 1
def main():
    fetch()
    print('called without await')
main()
print('end')
