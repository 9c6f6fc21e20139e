# string: Formatter parse/format/vformat and overriding hooks
import string
fm = string.Formatter()
print(fm.format('{0}-{name!r}-{1:>4}', 'a', 7, name='n'), fm.format('{} {}', 1, 2), fm.format('{a[0]} {b.real}', a=[9], b=3))
print(list(fm.parse('a{b}c{d!s:>3}{{x}}')), list(fm.parse('')))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
print(Upper().format('{} and {x}', 'abc', x='def'))
try:
    fm.format('{0} {}', 1, 2)
except ValueError as e:
    print(e)
