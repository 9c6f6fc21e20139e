# uuid: UUID parsing, fields and formats (deterministic values only)
import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.fields, u.bytes)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(int=5), uuid.UUID(bytes=b'\x00' * 16), uuid.UUID(hex='0' * 31 + '1', version=4))
print(uuid.NAMESPACE_DNS, sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), str(uuid.UUID(fields=(1, 2, 3, 4, 5, 6))))
print(uuid.uuid4().version, len(str(uuid.uuid4())))
for f in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: setattr(u, 'int', 1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
