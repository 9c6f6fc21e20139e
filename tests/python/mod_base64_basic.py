# base64: standard/URL-safe Base64, Base32, Base16 round trips and errors
import base64
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(250, 256)), 'héllo'.encode()]:
    e = base64.b64encode(data)
    print(data, e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
print(base64.b64decode('Zm9vYmFy'), base64.urlsafe_b64decode('-_-_'), base64.b64decode(b'Zm9v\nYmFy'), base64.b32decode('MZXW6YTBOI======'), base64.b16decode('666F6F'))
print(base64.encodebytes(b'x' * 60), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
for f in [lambda: base64.b64decode('Zm9'), lambda: base64.b64encode('str'), lambda: base64.b16decode('6G'), lambda: base64.b64decode('Zm9v!', validate=True)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
