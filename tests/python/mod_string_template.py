# string: constants, capwords and Template substitution
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('hello  world foo'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}, $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
print(t.substitute({'who': 'a', 'what': 'b'}, what='override'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $').substitute()
except ValueError as e:
    print(e)
try:
    string.Template('line1\n  $1').substitute()
except ValueError as e:
    print(e)
