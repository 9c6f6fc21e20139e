# text processing: word frequencies, formatting a table, string building
text = '''The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick: the end.'''
words = [w.strip('.,;:!').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
width = max(len(w) for w, _ in top)
print('+' + '-' * (width + 2) + '+-------+')
for w, n in top:
    print(f'| {w:<{width}} | {n:>5} |')
print('+' + '-' * (width + 2) + '+-------+')
lines = text.splitlines()
print([len(l) for l in lines], sum(map(len, lines)))
caps = ' '.join(w.capitalize() for w in words[:6])
print(caps)
acronym = ''.join(w[0].upper() for w in 'portable network graphics'.split())
print(acronym)
def wrap(s, width):
    out, line = [], ''
    for word in s.split():
        if len(line) + len(word) + (1 if line else 0) > width:
            out.append(line)
            line = word
        else:
            line = f'{line} {word}' if line else word
    if line:
        out.append(line)
    return out
for l in wrap(text, 20):
    print(repr(l))
vowels = sum(1 for c in text.lower() if c in 'aeiou')
print(vowels, text.count('the'), text.lower().count('the'))
parts = []
for i in range(10):
    parts.append(f'{i}:{i * i}')
print(','.join(parts))
s = ''
for ch in 'abcdef':
    s += ch.upper() + ch
print(s, s[::-2], s.swapcase())
rot13 = str.maketrans('abcdefghijklmnopqrstuvwxyz', 'nopqrstuvwxyzabcdefghijklm')
print('hello world'.translate(rot13))
print('%-10s|%5.1f|%03d' % ('name', 2.345, 7))
print('{:=^30}'.format(' centered '))
