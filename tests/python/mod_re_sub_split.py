# re: findall/finditer/sub/subn/split including groups, templates, callables and empty matches
import re
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1 b=2'), re.findall(r'(\w)\d', 'a1 b2'), re.findall('x*', 'axxb'))
print([m.span() for m in re.finditer(r'\w+', 'hi there  you')], [m.group() for m in re.finditer('', 'ab')])
print(re.sub(r'\s+', ' ', '  a   b \n c  '), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site, ann@web'), re.sub('x*', '-', 'abxd'))
print(re.sub(r'(?P<n>\d+)', r'<\g<n>>', 'a1b22'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'), re.subn('a', 'b', 'aaa', count=2))
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub('a', r'\n', 'bab'), re.sub('', '-', 'abc'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'), re.split(r'\W+', 'a, b, c', maxsplit=1), re.split(r'x*', 'axbc'))
print(re.split(r'[,;]\s*', 'a, b;c'), re.escape('a.b*c?d'), re.escape('hello world_1'))
p = re.compile(r'(\d+)-(\d+)')
print(p.sub(r'\2-\1', '10-20 30-40'), p.findall('1-2 x 3-4'), p.split('a1-2b'))
log = '2026-01-01 ERROR db: timeout\n2026-01-01 INFO web: ok\n2026-01-02 ERROR web: 500'
print(re.findall(r'^(\S+) ERROR (\w+): (.*)$', log, re.M))
print(re.sub(r'(?i)error', 'E', log.splitlines()[0]), len(re.findall(r'[A-Z]{4,5}', log)))
