# random: str/bytes seeds go through SHA-512 (version 2) like CPython; version 1 hashing too
import random
random.seed('hello')
print(random.random(), random.randint(0, 1000))
random.seed(b'hello')
print(random.random())
random.seed(bytearray(b'hello'))
print(random.random())
random.seed('')
print(random.random())
random.seed('a much longer seed string with unicode: é ☃ 😀')
print(random.random())
random.seed('abc', version=1)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print('TypeError', e)
