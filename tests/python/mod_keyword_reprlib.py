# keyword and reprlib: keyword lists and size-limited/recursion-safe reprs
import keyword
import reprlib
print(keyword.iskeyword('async'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.kwlist[:5])
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(10**50))
class Node:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.children})'
print(Node())
