# json: dumps output for every value type and option
import json
print(json.dumps([1, 2.0, 1e16, 1.5e-7, 10**25, -0.0, True, False, None, 'a"b\\c', '\u00e9\U0001F600']))
print(json.dumps({'z': 1, 'a': {'b': [1, {'c': []}]}}, indent=2, sort_keys=True))
print(json.dumps({'a': [1, 2]}, indent='\t'))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')), json.dumps([1, 2], indent=0))
print(json.dumps('\x00\x1f\x7f\u2028'), json.dumps('é', ensure_ascii=False), json.dumps((1, (2, 3))))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}), json.dumps({'b': 1, 'a': 2}, sort_keys=True))
print(json.dumps(float('nan')), json.dumps(float('-inf')), json.dumps({'k': {}}, indent=4))
print(json.dumps({'x': object()}, default=lambda o: 'OBJ'), json.dumps({(1, 2): 3}, skipkeys=True))
