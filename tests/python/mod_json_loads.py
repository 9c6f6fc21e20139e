# json: loads of nested documents, numbers, escapes and hooks
import json
from collections import OrderedDict
doc = '{"a": [1, 2.5, -3e2, 1E+2, 0, null, true, false], "s": "t\\u00e9\\ud83d\\ude00\\n\\"", "o": {"k": {}}}'
v = json.loads(doc); print(v, type(v['a'][1]).__name__, type(v['a'][0]).__name__)
print(json.loads('  [1,\n 2 ] '), json.loads('"x"'), json.loads('NaN'), json.loads('-Infinity'), json.loads('12345678901234567890'))
print(json.loads('{"a":1, "a":2}'), json.loads('[]'), json.loads('{}'), json.loads(b'[1]'), json.loads('1.0'))
print(json.loads('{"b":1,"a":2}', object_pairs_hook=OrderedDict), json.loads('{"a":1}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('[NaN]', parse_constant=lambda c: c))
dec = json.JSONDecoder(); print(dec.raw_decode('[1, 2] trailing'), dec.decode('{"x": null}'))
