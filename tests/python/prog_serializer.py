# a hand-written JSON-like serializer and parser (recursion, isinstance dispatch, string escapes)
def dumps(obj, indent=0):
    pad = '  ' * indent
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = '"'
        for ch in obj:
            if ch == '"':
                out += '\\"'
            elif ch == '\n':
                out += '\\n'
            elif ord(ch) > 126:
                out += '\\u%04x' % ord(ch)
            else:
                out += ch
        return out + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        inner = (',\n').join(pad + '  ' + dumps(v, indent + 1) for v in obj)
        return '[\n' + inner + '\n' + pad + ']'
    if isinstance(obj, dict):
        inner = (',\n').join(f'{pad}  {dumps(str(k))}: {dumps(v, indent + 1)}' for k, v in obj.items())
        return '{\n' + inner + '\n' + pad + '}'
    raise TypeError(f'Object of type {type(obj).__name__} is not serializable')
doc = {'name': 'LoopScope', 'version': [0, 1], 'ok': True, 'nothing': None, 'pi': 3.14,
       'quote': 'say "hi"\n', 'unicode': 'é', 'nested': {'empty': [], 'deep': [[1, [2]]]}}
text = dumps(doc)
print(text)
try:
    dumps({'bad': object})
except TypeError as e:
    print(e)
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in ' \n\t':
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == '{':
            pos += 1
            out = {}
            ws()
            if s[pos] == '}':
                pos += 1
                return out
            while True:
                k = value()
                ws(); assert s[pos] == ':'; pos += 1
                out[k] = value()
                ws()
                if s[pos] == ',':
                    pos += 1
                    continue
                pos += 1
                return out
        if c == '[':
            pos += 1
            out = []
            ws()
            if s[pos] == ']':
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                if s[pos] == ',':
                    pos += 1
                    continue
                pos += 1
                return out
        if c == '"':
            pos += 1
            buf = []
            while s[pos] != '"':
                if s[pos] == '\\':
                    nxt = s[pos + 1]
                    if nxt == 'u':
                        buf.append(chr(int(s[pos + 2:pos + 6], 16)))
                        pos += 6
                        continue
                    buf.append({'n': '\n', '"': '"'}[nxt])
                    pos += 2
                    continue
                buf.append(s[pos])
                pos += 1
            pos += 1
            return ''.join(buf)
        for word, val in (('true', True), ('false', False), ('null', None)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in '-+.0123456789eE':
            pos += 1
        num = s[start:pos]
        return float(num) if any(ch in num for ch in '.eE') else int(num)
    return value()
back = parse(text)
print(back == doc, back['nested'], back['quote'])
