a = "\x00\x7f\x80\xff"
b = "\u0000\u00a0\u2028\ufeff"
c = "\ud800"
d = "\t\v\f"
e = "\377\0\12"
f = '\''
g = "\""
h = "\\"
i = "tab\there"
j = "\N{LATIN SMALL LETTER E WITH ACUTE}\N{latin small letter e with acute}"
k = "a\
b\
c"
l = """\
first line
"""
m = "\U0001F600\U00010000"
