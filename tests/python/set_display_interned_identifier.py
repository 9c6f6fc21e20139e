# A set display of 3+ string constants compiles to a frozenset constant that CPython rebuilds
# once more when interning the code object's constants replaces one of its strings: a string equal
# to an identifier of the source (the parser interned that one first), wherever it appears (a
# variable, attribute, parameter, keyword argument or function name, before or after the display).
# Plain string constants elsewhere are the same object and change nothing. The iteration order
# can differ between the two builds.
import types

qpww = 1
print({'qdis', 'qsyk', 'qvrh', 'qpww', 'qnpa', 'qguk', 'qeos'})          # a variable name
print({'qnyp', 'qlho', 'qyau', 'qvxt', 'qvno', 'qlbw', 'qofn'})          # none of them
print(sorted({'qnyp', 'qlho'}), "qvno")                                   # a constant elsewhere

def describe(obj, qima=0):
    return obj.qkga, {'qtgc', 'qqib', 'qene', 'qhsl', 'qima', 'qkke', 'qcxn'}   # a parameter

ns = types.SimpleNamespace(qkga=2)
print(describe(ns))
print({'qbhz', 'qwhw', 'qiyt', 'qkga', 'qwav', 'qzoe', 'qwzs'})          # an attribute / keyword
print('qlib' in {'qzxh', 'qgmc', 'qqba', 'qzhp', 'qlib', 'qxzz', 'qcfq'}, list({'qzxh', 'qgmc', 'qqba', 'qzhp', 'qlib', 'qxzz', 'qcfq'}))

def qxux():                                                               # a function name, later
    return {'qyeu', 'qzvi', 'qcnx', 'qhxd', 'qxai', 'qxux', 'qvtr'}

print(qxux())
