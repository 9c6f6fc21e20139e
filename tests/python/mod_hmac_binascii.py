import hmac, hashlib, binascii, base64
k = b"secret-key"
h = hmac.new(k, b"message", hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size, hmac.new(k, digestmod="md5").hexdigest())
h2 = h.copy(); h2.update(b" more")
print(h.hexdigest() != h2.hexdigest(), hmac.digest(k, b"message", "sha256") == h.digest(), hmac.compare_digest(h.digest(), h.digest()), hmac.compare_digest("a", "b"))
print(hmac.new(b"k" * 200, b"x", "sha512").hexdigest()[:32], hmac.new(b"", b"", "sha1").hexdigest())
for f in [lambda: hmac.new("str", b"x", "sha256"), lambda: hmac.new(b"k", b"x"), lambda: hmac.new(b"k", b"x", "nope"), lambda: hmac.compare_digest("a", b"a"), lambda: hmac.compare_digest("é", "é")]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(b"abc", "-"), binascii.hexlify(b"abcdef", b":", 2), binascii.hexlify(b"abcde", ":", -2), binascii.unhexlify("00ff6162"), binascii.a2b_hex(b"AbCd"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""), binascii.crc32(b"a", -1), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"x", 0xFFFF))
print(binascii.b2a_base64(b"any carnal pleas"), binascii.b2a_base64(b"ab", newline=False), binascii.a2b_base64("YW55\nIGNh"), binascii.a2b_base64(b"YQ=="))
for f in [lambda: binascii.hexlify('x'), lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: binascii.unhexlify('é'), lambda: binascii.a2b_base64('abcde'), lambda: binascii.a2b_base64('ab'), lambda: binascii.crc32('x'), lambda: binascii.unhexlify(5), lambda: binascii.a2b_base64(5), lambda: binascii.b2a_base64('x')]:
    try: print(f())
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
try: base64.b64decode("abc")
except binascii.Error as e: print("binascii.Error from base64:", e)
