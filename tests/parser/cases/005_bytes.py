a = b"bytes"
b = B'\x00\xff\n'
c = br"raw\bytes"
d = Rb'\d'
e = b"\u00e9 is not an escape in bytes"
f = b'' b"concat"
g = b"quote ' and \" inside"
