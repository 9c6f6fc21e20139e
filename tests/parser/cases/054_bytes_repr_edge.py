a = b"\x00\x01\x7f\x80\xfe\xff"
b = b"'"
c = b'"'
d = b"'\""
e = b"\t\n\r\\"
f = b"\0\12\377"
