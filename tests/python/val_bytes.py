# bytes and bytearray basics
b = b'hello'
print(b, b[0], b[1:3], list(b[:2]), len(b), b + b' world', b * 2)
print(b.upper(), b.split(b'l'), b.replace(b'l', b'L'), b.find(b'll'), b.hex(), bytes.fromhex('414243'))
print(b.decode(), 'héllo'.encode('utf-8'), 'héllo'.encode('utf-8').decode('utf-8'))
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes('abc', 'ascii'))
print(repr(b'\x00\xff\n\'"'), b'a' in b'abc', 97 in b'abc', b'abc' == b'abc', b'a' < b'b')
ba = bytearray(b'abc')
ba[0] = 120
ba.append(100)
ba.extend(b'ef')
print(ba, len(ba), bytes(ba), ba.pop(), ba)
print(b'a,b'.split(b','), b'-'.join([b'x', b'y']), b'  x '.strip(), b'abc'.startswith(b'ab'))
print(b'%d-%s' % (5, b'x'), b'abc'.count(b'b'), b'ABC'.lower(), b'abc'.isalpha())
print(list(iter(b'ab')), sorted(b'cab'), b'x'.join([b'1', b'2']))
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
print(hash(b'') == hash(b''), str(b'x'), b'ab'[::-1], b'ab'.hex(':'))
print('é'.encode('latin-1'), 'abc'.encode('ascii'), b'caf\xc3\xa9'.decode())
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
