#!/usr/bin/env python3
"""Generates set_cases.inc: set/frozenset iteration orders, set algebra results, tuple and
frozenset hashes, as computed by CPython 3.11 with PYTHONHASHSEED=0 (str hashes are seeded).

    PYTHONHASHSEED=0 python3 tests/unit/containers/gen_cases.py > tests/unit/containers/set_cases.inc

(None is left out: CPython 3.11 hashes it by address, so its set positions vary between runs.)
Each case is C++ code for test_containers.cpp: the inputs are built with the helpers I(), BIG(),
S(), T(), FS(), F(), NONE, TRUE, FALSE and the expected value is CPython's repr/hash.
"""
import os
import random
import sys

assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"
assert sys.version_info[:2] == (3, 11), "CPython 3.11 is the reference"


def cstr(s: str) -> str:
    out = '"'
    for b in s.encode("utf-8", "surrogatepass"):
        c = chr(b)
        if c == '"' or c == "\\":
            out += "\\" + c
        elif 32 <= b < 127:
            out += c
        else:
            out += "\\%03o" % b
    return out + '"'


def cx(v) -> str:
    """C++ expression building the Python value v."""
    if v is None:
        return "NONE"
    if v is True:
        return "TRUE"
    if v is False:
        return "FALSE"
    if isinstance(v, int):
        if -(1 << 61) <= v < (1 << 61):
            return "I(%d)" % v if v >= 0 else "I(%d)" % v
        return "BIG(%s)" % cstr(str(v))
    if isinstance(v, float):
        return "F(%r)" % v
    if isinstance(v, str):
        return "S(%s)" % cstr(v)
    if isinstance(v, tuple):
        return "T({%s})" % ", ".join(cx(x) for x in v)
    if isinstance(v, frozenset):
        # Build from the iteration order of the frozenset (same elements; layout rebuilt).
        return "FS({%s})" % ", ".join(cx(x) for x in v)
    raise TypeError(type(v))


def clist(items) -> str:
    return "{%s}" % ", ".join(cx(x) for x in items)


rnd = random.Random(20240611)
words = ["a", "b", "c", "spam", "eggs", "ham", "task-1", "task-2", "task-10", "done", "pending",
         "cancelled", "x" * 20, "\u00e9t\u00e9", "\u4e2d\u6587", "\U0001F600", "", "A", "Z", "_"]

cases_from = []   # set(items) -> repr
def add_from(items):
    s = set(items)
    # A set display of >= 3 constants compiles to BUILD_SET 0 + SET_UPDATE(frozenset constant):
    # the frozenset is merged into the new set, which can give another order than set(items).
    # (Whether the constant is rebuilt a second time depends on which strings CPython had already
    # interned; the case records which one happened so that the test exercises both.)
    literal, reinterned = "", False
    if len(items) >= 3 and not any(isinstance(x, frozenset) for x in items):
        lit = eval("{" + ", ".join(repr(x) for x in items) + "}")
        once = frozenset(tuple(frozenset(items)))
        twice = frozenset(tuple(once))
        e1, e2 = set(), set()
        e1.update(once)
        e2.update(twice)
        assert repr(lit) in (repr(e1), repr(e2)), items
        literal, reinterned = repr(lit), repr(lit) != repr(e1)
    cases_from.append((list(items), repr(s), repr(frozenset(items)), repr(s.copy()), literal, reinterned))

# ints
add_from([])
add_from([1, 2, 3])
add_from([3, 2, 1])
add_from(list(range(10)))
add_from(list(range(20, 0, -1)))
add_from([-1, -2, -3, 0, 1])
add_from([8, 16, 24, 32, 0])
add_from([7, 15, 23, 31, 39, 47, 55, 63, 71, 79])
add_from([2**61 - 1, 2**61, 2**62, -2**62, 2**64 + 5, -(2**70), 10**20])
add_from([2**31, 2**32, 2**33, -2**31])
add_from([1000, 2000, 3000, 4000, 5000, 6000])
add_from([-1])
add_from([-2, -1])
for n in (5, 6, 12, 19, 33, 50, 100):
    add_from(rnd.sample(range(-1000, 1000), n))
for n in (10, 40):
    add_from([rnd.randrange(-2**63, 2**63) for _ in range(n)])
# strs
add_from(["a", "b", "c", "d", "e", "f"])
add_from(["pending", "running", "done", "cancelled", "failed"])
add_from(words)
add_from(words[:5])
add_from(list(reversed(words)))
add_from(["key%d" % i for i in range(30)])
# tuples
add_from([(1, 2), (2, 1), (1,), (), (1, 2, 3), ("a", 1), (True,), ((1, 2), 3)])
add_from([(i, i * i) for i in range(15)])
add_from([("task", i) for i in range(12)])
# mixed
add_from([1, "1", (1,), True, False, 2.5, -0.5, 1e100, "x"])
add_from([0.1, 0.2, 0.30000000000000004, 1.5, 2.0, -3.25])
add_from([frozenset(), frozenset([1]), frozenset([1, 2]), frozenset(["a"])])

# operation sequences on a set: returns (initial, ops, popped values, final repr)
op_cases = []
def run_ops(initial, ops):
    s = set(initial)
    popped = []
    for op in ops:
        name = op[0]
        if name == "add":
            s.add(op[1])
        elif name == "discard":
            s.discard(op[1])
        elif name == "pop":
            popped.append(s.pop())
        elif name == "update":
            s.update(op[1])
        elif name == "difference_update":
            s.difference_update(op[1])
        elif name == "intersection_update":
            s.intersection_update(op[1])
        elif name == "symmetric_difference_update":
            s.symmetric_difference_update(op[1])
        elif name == "clear":
            s.clear()
        else:
            raise ValueError(name)
    op_cases.append((list(initial), ops, [repr(p) for p in popped], repr(s)))

run_ops(range(10), [("discard", 3), ("discard", 5), ("add", 13), ("add", 21)])
run_ops(range(10), [("pop",), ("pop",), ("add", 0), ("pop",)])
run_ops(range(5), [("add", 100), ("add", 200), ("add", 300), ("discard", 100), ("add", 108)])
run_ops([], [("add", i) for i in range(0, 200, 7)] + [("discard", i) for i in range(0, 200, 21)])
run_ops(words, [("discard", "spam"), ("discard", "eggs"), ("add", "new"), ("pop",), ("pop",)])
run_ops(range(20), [("difference_update", range(0, 20, 2))])
run_ops(range(20), [("difference_update", list(range(0, 20, 3))), ("add", 40)])
run_ops(range(20), [("intersection_update", [5, 3, 1, 100])])
run_ops(range(10), [("symmetric_difference_update", [5, 15, 25, 1])])
run_ops(range(10), [("symmetric_difference_update", {5: 0, 15: 0})])
run_ops([1, 2, 3], [("update", {10: 1, 20: 2}), ("update", (7, 8))])
run_ops(range(50), [("pop",)] * 10 + [("add", i) for i in range(100, 110)])
run_ops(range(6), [("clear",), ("add", 9), ("add", 1)])
big = rnd.sample(range(10**6), 300)
run_ops(big, [("discard", x) for x in big[:150]] + [("pop",)] * 5)
run_ops([("t", i) for i in range(20)], [("discard", ("t", i)) for i in range(0, 20, 3)] + [("pop",)])
run_ops([], [("add", i * 8) for i in range(12)] + [("pop",), ("pop",)])

# set algebra: repr of results (left operand decides set/frozenset)
alg_cases = []
def alg(a, b):
    A, B = set(a), set(b)
    alg_cases.append((list(a), list(b), repr(A | B), repr(A & B), repr(A - B), repr(A ^ B),
                      repr(A.union(b)), repr(A.intersection(b)), repr(A.difference(b)),
                      repr(A.symmetric_difference(b)), A <= B, A < B, A >= B, A > B, A == B,
                      A.isdisjoint(b)))

alg(range(10), range(5, 15))
alg(range(15, 5, -1), range(10))
alg([1, 2, 3], [3, 2, 1])
alg([1, 2], [1, 2, 3])
alg([], [1])
alg(words[:8], words[4:14])
alg(rnd.sample(range(100), 30), rnd.sample(range(100), 30))
alg(rnd.sample(range(1000), 60), rnd.sample(range(1000), 10))
alg(rnd.sample(range(1000), 10), rnd.sample(range(1000), 200))
alg([(1, 2), (3, 4), (5, 6)], [(3, 4), (7, 8)])
alg(range(100), range(0, 100, 9))

# hashes
tuple_hashes = []
for t in [(), (1,), (1, 2), (1, 2, 3), ("a",), ("a", "b"), (True, False), ((1, 2), (3,)),
          (1.5, -2.5), (2**64, -1), (-1,), (-2,), (0,), tuple(range(20)), ("task", 1, False),
          (frozenset([1, 2]),), (1, (2, (3, (4,))))]:
    tuple_hashes.append((t, hash(t)))

fs_hashes = []
for items in [[], [1], [1, 2], [2, 1], list(range(10)), ["a", "b", "c"], [(1, 2)], [-1], [False, True],
              list(range(100)), [frozenset([1]), frozenset()]]:
    fs_hashes.append((items, hash(frozenset(items))))
# frozenset with dummies in its table (built by difference)
fs_dummy = frozenset(range(20)) - frozenset(range(0, 20, 2))
fs_hashes_ops = [(list(range(20)), list(range(0, 20, 2)), hash(fs_dummy), repr(fs_dummy))]

print("// Generated by gen_cases.py with PYTHONHASHSEED=0 CPython %s. Do not edit." % sys.version.split()[0])
print("struct SetFromCase { std::vector<Value> items; const char* set_repr; const char* frozenset_repr; const char* copy_repr;"
      " const char* literal_repr; bool reinterned; };")
print("inline std::vector<SetFromCase> set_from_cases(Runtime& rt) {")
print("  CaseBuilder b(rt);")
print("  return {")
for items, r1, r2, r3, r4, ri in cases_from:
    print("    {b.list(%s), %s, %s, %s, %s, %s}," % (clist(items), cstr(r1), cstr(r2), cstr(r3), cstr(r4),
                                              "true" if ri else "false"))
print("  };")
print("}")

def cop(op):
    name = op[0]
    if name in ("pop", "clear"):
        return '{"%s", {}}' % name
    if name in ("add", "discard"):
        return '{"%s", b.list({%s})}' % (name, cx(op[1]))
    arg = op[1]
    if isinstance(arg, dict):
        return '{"%s_dict", b.list(%s)}' % (name, clist(list(arg)))
    return '{"%s", b.list(%s)}' % (name, clist(list(arg)))

print("struct SetOp { const char* name; std::vector<Value> arg; };")
print("struct SetOpsCase { std::vector<Value> initial; std::vector<SetOp> ops; std::vector<const char*> popped; const char* final_repr; };")
print("inline std::vector<SetOpsCase> set_ops_cases(Runtime& rt) {")
print("  CaseBuilder b(rt);")
print("  return {")
for initial, ops, popped, final in op_cases:
    print("    {b.list(%s), {%s}, {%s}, %s}," % (clist(initial), ", ".join(cop(o) for o in ops),
                                            ", ".join(cstr(p) for p in popped), cstr(final)))
print("  };")
print("}")

print("struct SetAlgCase { std::vector<Value> a, b; const char *or_, *and_, *sub, *xor_, *union_, *inter, *diff, *symdiff;"
      " bool le, lt, ge, gt, eq, disjoint; };")
print("inline std::vector<SetAlgCase> set_alg_cases(Runtime& rt) {")
print("  CaseBuilder b(rt);")
print("  return {")
for c in alg_cases:
    a, bb = c[0], c[1]
    strs = ", ".join(cstr(x) for x in c[2:10])
    bools = ", ".join("true" if x else "false" for x in c[10:])
    print("    {b.list(%s), b.list(%s), %s, %s}," % (clist(a), clist(bb), strs, bools))
print("  };")
print("}")

print("struct HashCase { Value v; int64_t hash; };")
print("inline std::vector<HashCase> tuple_hash_cases(Runtime& rt) {")
print("  CaseBuilder b(rt);")
print("  return {")
for t, h in tuple_hashes:
    print("    {b.one(%s), %dLL}," % (cx(t), h) if h != -2**63 else "")
print("  };")
print("}")
print("struct FrozenHashCase { std::vector<Value> items; int64_t hash; };")
print("inline std::vector<FrozenHashCase> frozenset_hash_cases(Runtime& rt) {")
print("  CaseBuilder b(rt);")
print("  return {")
for items, h in fs_hashes:
    print("    {b.list(%s), %dLL}," % (clist(items), h))
print("  };")
print("}")
for a, bb, h, r in fs_hashes_ops:
    print("inline std::vector<Value> fs_dummy_a(Runtime& rt) { CaseBuilder b(rt); return b.list(%s); }" % clist(a))
    print("inline std::vector<Value> fs_dummy_b(Runtime& rt) { CaseBuilder b(rt); return b.list(%s); }" % clist(bb))
    print("constexpr int64_t kFsDummyHash = %dLL;" % h)
    print("constexpr const char* kFsDummyRepr = %s;" % cstr(r))
