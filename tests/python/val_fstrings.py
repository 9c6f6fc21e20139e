# f-strings: expressions, conversions, format specs, nested specs, = specifier
name, value, width = 'pi', 3.14159265, 10
print(f'{name}={value:.3f}', f'{name!r:>8}', f'{value:{width}.{2}f}|')
print(f'{1 + 2}', f'{"nested"}', f"{'a' 'b'}", f'{[x * 2 for x in range(3)]}')
print(f'{{braces}}', f'{{{name}}}', f'{name.upper()}', f'{len(name) * 2:04d}')
x = 42
print(f'{x=}', f'{x = }', f'{x=:>6}', f'{x=!r}', f'{name=!s}', f'{x * 2=}')
d = {'k': 'v'}
print(f"{d['k']}", f'{d!r}', f"{'yes' if x > 40 else 'no'}")
print(f'{3.0:g} {1e-9:.2e} {0.5:%} {1234567:,} {255:#x} {-5:+}')
obj = object
print(f'{obj.__name__}', f'{(lambda: 1)()}', f'{x:b}')
print(f'line1\nline2', f'tab\t{x}', rf'raw\n{x}', F'upper {x}')
print(f'{"é"!a}', f'{"q"!r}', f'{None}', f'{True:>5}')
s = 'abc'
print(f'{s:*^9}', f'{s[::-1]}', f'{s!r:^9}')
print(f'{x:{"" if x else "x"}}', f'{x:{"<"}{5}}|')
import sys
print(f'{sys.version_info[0]}')
print(f'{"multi" + "ple"} {"concat"}' f' adjacent {x}')
class P:
    def __str__(self): return 'str-P'
    def __repr__(self): return 'repr-P'
print(f'{P()} {P()!r} {P()!s}', f'{P()=}')
print(f'{-0.0}', f'{10**20}', f'{2**0.5:.4}')
