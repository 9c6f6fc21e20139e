# doctest (CPython's, with pdb stubbed): testmod() on passing and failing examples, exceptions, ELLIPSIS,
# verbose reports and run_docstring_examples.
def add(a, b):
    """Return the sum.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    """
    return a + b

def broken(n):
    """
    >>> broken(2)
    4
    >>> broken(3)
    10
    >>> broken('x')
    Traceback (most recent call last):
        ...
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> print("multi\\nline")
    multi
    line
    >>> {'b': 1, 'a': 2}
    {'b': 1, 'a': 2}
    >>> 1/0
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """
    return n * n if isinstance(n, int) else n * "s"

class Stack:
    """
    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> s.items  # doctest: +ELLIPSIS
    [...]
    """
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()

if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(verbose=True, optionflags=doctest.NORMALIZE_WHITESPACE))
    print(doctest.testmod(verbose=False, report=False))
    r = doctest.run_docstring_examples(add, {"add": add}, verbose=True)
