# exact-stderr
# warnings: unawaited coroutines warn through the warnings machinery (filters apply)
import warnings
async def fetch():
    return 1
def main():
    fetch()
main()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    fetch()
print(len(w), str(w[0].message), w[0].category.__name__)
warnings.simplefilter('ignore', RuntimeWarning)
fetch()
print('end')
