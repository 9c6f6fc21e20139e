# ast.literal_eval: literals, containers, set(), signed numbers and complex sums; SyntaxErrors as
# ast.parse gives them; other expressions are 'malformed node or string' naming CPython's node.
import ast
for s in ['1', '-1', '+2.5', '1+2j', '-1-2j', '(1,)', '()', '[1, [2, {3: (4,)}]]', '{1, 2}', 'set()', '"a" "b"', 'b"x" b"y"', 'True', 'None', '{"a": -0.0}', '  [1,2]', '0x1f', '1_000', '1e3', 'r"\\n"', '"""tri\nple"""', '[1,]', '{}', '{1:2,}', '1, 2', "'it''s'", '1e-3', '-0x10', '[\n1,\n2\n]', "{'k': [1, (2, 3)], 'n': None}"]:
    print(repr(s), repr(ast.literal_eval(s)))
for s in ['x', '1+1', 'f(1)', '[1, x]', '2*3', '{1: 2}[1]', '1 +', '"a" + "b"', 'f"x"', 'set([1])', '-"a"', '1-2', '\t1', '  \n1', '[x, 2*3]', 'a.b', '[1,\n y]', 'lambda: 1', '1 if 2 else 3', '(1, {2: f(3)})', '{**a}', '[*a]', 'not 1', '1 < 2']:
    try:
        print(repr(s), ast.literal_eval(s))
    except (ValueError, SyntaxError, TypeError) as e:
        print(repr(s), type(e).__name__, str(e).split(' at 0x')[0])
try:
    ast.literal_eval("x")
except ValueError as e:
    print(str(e).startswith("malformed node or string on line 1: <ast.Name object at 0x"))
for s in ['[x for x in y]', '{x for x in y}', '{k: v for k, v in y}', '(x for x in y)', '(1, 2) < 3', 'x and y', '~1', '1 in [1]', '1 not in []', 'a is not b', "{'a': 1, **b}"]:
    try:
        print(repr(s), ast.literal_eval(s))
    except (ValueError, SyntaxError, TypeError) as e:
        print(repr(s), type(e).__name__, str(e).split(' at 0x')[0])
