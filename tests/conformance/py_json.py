# json.dumps/loads: default separators, indent, sort_keys, non-ASCII escaping, round trips and the decode error message.
import json

data = {"name": "LoopScope", "tags": ["asyncio", "virtual"], "ok": True, "none": None, "pi": 3.14, "n": 10 ** 20}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps({"é": "ü"}), json.dumps({"é": "ü"}, ensure_ascii=False), json.dumps([1, (2, 3)], separators=(",", ":")))
print(json.loads(s) == data, json.loads("[1, 2.5, \"x\", null, false]"), type(json.loads("1e3")).__name__)
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
