# hashlib: digests of every algorithm, incremental update, copy, new(), and uuid3/uuid5 built on them
import hashlib
import uuid
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
    for data in (b'', b'abc', b'a' * 1000):
        print(name, len(data), getattr(hashlib, name)(data).hexdigest())
h = hashlib.sha256(); h.update(b'hello '); c = h.copy(); h.update(b'world')
print(h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size, h.name, hashlib.new('SHA256', b'x').hexdigest()[:16])
print(hashlib.md5('héllo'.encode()).digest(), sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com'))
for f in [lambda: hashlib.sha256('text'), lambda: hashlib.new('nope')]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
