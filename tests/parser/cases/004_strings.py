a = 'single'
b = "double"
c = """triple
quoted"""
d = '''also
triple'''
e = "it's"
f = 'say "hi"'
g = 'both \' and "'
h = "escapes: \n \t \r \\ \a \b \f \v \0 \x41 \101 \u00e9 \U0001F600"
i = r"raw \n \d+"
j = R'raw too \''
k = u"unicode prefix"
l = "unknown \q escape"
m = "line \
continuation"
n = "named: \N{BULLET} \N{EM DASH} \N{GREEK SMALL LETTER ALPHA}"
o = "é ü 中文 😀"
p = ''
q = """"""
