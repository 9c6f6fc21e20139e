# json is a package: json.decoder / json.encoder are importable submodules sharing its objects.
import json
try:
    json.loads("not json")
except json.decoder.JSONDecodeError as e:
    print("bad payload:", e)
from json.decoder import JSONDecodeError
import json.decoder
import json.encoder as enc
print(JSONDecodeError is json.JSONDecodeError, enc is json.encoder, type(json.decoder).__name__)
print(json.JSONEncoder, json.JSONDecoder, json.JSONDecodeError)
print(enc.JSONEncoder(indent=2).encode({"a": [1, 2]}))
print(json.decoder.JSONDecoder().decode('{"x": 1.5}'), json.decoder.scanstring('"ab"', 1))
print(json.__package__, json.decoder.__package__, json.decoder.__name__, json.encoder.__doc__)
try:
    import json.nope
except ImportError as e:
    print(type(e).__name__, e)
class MyEnc(json.encoder.JSONEncoder):
    def default(self, o):
        return sorted(o)
print(json.dumps({"s": {3, 1}}, cls=MyEnc))
