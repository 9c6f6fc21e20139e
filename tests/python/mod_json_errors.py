# json: JSONDecodeError messages with line/column, encoding errors
import json
for bad in ['', '[1,]', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '{"a":1}x', '[1, tru]', '"\\x"', '{"a":1,}', 'nul', '[\n1,\n]', '"\\u12"', '"a\tb"', '\ufeff[]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
for bad in [{(1, 2): 3}, object(), float('nan'), {'s': {1, 2}}]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(issubclass(json.JSONDecodeError, ValueError))
