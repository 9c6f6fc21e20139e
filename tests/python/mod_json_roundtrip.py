# json: dumps formats (ensure_ascii, indent, separators, sort_keys), loads values, errors and custom encoders
import json
data = {'b': [1, 2.5, None, True, False], 'a': {'x': 'é☃', 'y': 1e100, 'z': -0.0}, 'c': (1, 2), 3: 'int key', 'emoji': '😀', 'esc': 'q"\\\n\t\x01'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps({'b': 1, 'a': [], 'c': {}}, indent=4, sort_keys=True))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps('x'), json.dumps(1.0), json.dumps(float('inf')), json.dumps(10**30))
print(json.loads('{"a": [1, 2.5, -3e2, null, true, false, "s\\u00e9\\ud83d\\ude00"], "b": {}}'))
print(json.loads('  [1,\n 2 ] '), json.loads('"x"'), json.loads('NaN'), json.loads('-Infinity'), json.loads('12345678901234567890'))
print(json.loads('{"a":1}', object_hook=lambda d: sorted(d)), json.loads('[1.5]', parse_float=str))
for bad in ['', '[1,]', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '{"a":1}x', '[1, tru]', '"\\x"', '{"a":1,}', 'nul']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(repr(bad), '->', e, e.pos, e.lineno, e.colno)
for bad in [{(1, 2): 3}, object(), {'a': float('nan')}]:
    try: print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=E), json.dumps({'s': {3}}, default=list))
print(json.dumps({True: 1, None: 2, 1.5: 3}), json.dumps([]), json.dumps({}, indent=2), json.dumps([[]], indent=1))
