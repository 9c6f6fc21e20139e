# ast: only literal_eval() here (CPython's ast module builds its trees with the C parser; this one
# has no node classes to offer). literal_eval follows CPython 3.11's: the text must compile as an
# expression (so SyntaxErrors are the compiler's), then a parser for the literal subset builds the
# few nodes literal_eval accepts -- constants, tuples, lists, sets, dicts, set(), signed numbers
# and complex sums -- and anything else is "malformed node or string" naming the node CPython
# would have met first.

__all__ = ['literal_eval']


class AST:
    _fields = ()

    def __init__(self, lineno=1, **kw):
        self.lineno = lineno
        for k, v in kw.items():
            setattr(self, k, v)


def _node_class(name):
    return type(name, (AST,), {'__module__': 'ast'})


Constant = _node_class('Constant')
Name = _node_class('Name')
Tuple = _node_class('Tuple')
List = _node_class('List')
Set = _node_class('Set')
Dict = _node_class('Dict')
Call = _node_class('Call')
UnaryOp = _node_class('UnaryOp')
BinOp = _node_class('BinOp')
Subscript = _node_class('Subscript')
Attribute = _node_class('Attribute')
JoinedStr = _node_class('JoinedStr')
Starred = _node_class('Starred')
Compare = _node_class('Compare')
BoolOp = _node_class('BoolOp')
IfExp = _node_class('IfExp')
Lambda = _node_class('Lambda')
ListComp = _node_class('ListComp')
SetComp = _node_class('SetComp')
DictComp = _node_class('DictComp')
GeneratorExp = _node_class('GeneratorExp')
Expression = _node_class('Expression')
del _node_class


class _Unsupported(Exception):
    def __init__(self, node):
        self.node = node


_PUNCT = ('**', '//', '<<', '>>', '<=', '>=', '==', '!=', ':=', '->')


def _tokenize(text):
    # (kind, value, line): kind in 'str', 'num', 'name', 'op'
    i, n, line = 0, len(text), 1
    toks = []
    while i < n:
        c = text[i]
        if c == '\n':
            line += 1
            i += 1
            continue
        if c in ' \t\f\r\\':
            i += 1
            continue
        if c == '#':
            while i < n and text[i] != '\n':
                i += 1
            continue
        j = i
        while j < n and (text[j].isalnum() or text[j] == '_'):
            j += 1
        word = text[i:j]
        if j < n and text[j] in '\'"' and word.lower() in ('', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'):
            q = text[j]
            triple = text[j:j + 3] == q * 3
            k = j + (3 if triple else 1)
            while k < n:
                if text[k] == '\\':
                    k += 2
                    continue
                if triple and text[k:k + 3] == q * 3:
                    k += 3
                    break
                if not triple and text[k] == q:
                    k += 1
                    break
                k += 1
            lit = text[i:k]
            toks.append(('fstr' if 'f' in word.lower() else 'str', lit, line))
            line += lit.count('\n')
            i = k
            continue
        if c.isdigit() or (c == '.' and i + 1 < n and text[i + 1].isdigit()):
            j = i
            while j < n and (text[j].isalnum() or text[j] in '._' or
                             (text[j] in '+-' and text[j - 1] in 'eE' and not text[i:j].lower().startswith('0x'))):
                j += 1
            toks.append(('num', text[i:j], line))
            i = j
            continue
        if word:
            toks.append(('name', word, line))
            i = j
            continue
        two = text[i:i + 2]
        if two in _PUNCT:
            toks.append(('op', two, line))
            i += 2
            continue
        toks.append(('op', c, line))
        i += 1
    toks.append(('end', None, line))
    return toks


class _Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def comprehension(self, cls, line):
        # `for` after a container's first element: the rest up to the closing bracket.
        depth = 1
        while depth:
            k, v, _ = self.take()
            if k == 'end':
                break
            if k == 'op' and v in '([{':
                depth += 1
            elif k == 'op' and v in ')]}':
                depth -= 1
        return cls(line)

    def expect(self, op):
        t = self.take()
        if t[0] != 'op' or t[1] != op:
            raise _Unsupported(Constant(t[2]))

    def expr(self):
        node = self.unary()
        while True:
            kind, val, line = self.peek()
            if kind == 'op' and val in ('+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^'):
                self.take()
                right = self.unary()
                node = BinOp(node.lineno, left=node, op=val, right=right)
            elif kind == 'op' and val == '[':
                self.take()
                depth = 1
                while depth:
                    k, v, _ = self.take()
                    if k == 'end':
                        break
                    if k == 'op' and v in '([{':
                        depth += 1
                    elif k == 'op' and v in ')]}':
                        depth -= 1
                node = Subscript(node.lineno, value=node)
            elif kind == 'op' and val == '.':
                self.take()
                self.take()
                node = Attribute(node.lineno, value=node)
            elif kind == 'op' and val == '(':
                self.take()
                args = []
                while self.peek()[:2] != ('op', ')') and self.peek()[0] != 'end':
                    args.append(self.test())
                    if self.peek()[:2] in (('op', ','), ('op', '=')):
                        self.take()
                self.take()
                node = Call(node.lineno, func=node, args=args, keywords=[])
            else:
                return node

    def test(self):
        # conditional expressions, lambda, or/and/not and comparisons: never literals, but their
        # nodes are the ones literal_eval reports.
        kind, val, line = self.peek()
        if (kind, val) == ('name', 'lambda'):
            self.take()
            while self.peek()[:2] != ('op', ':'):
                self.take()
            self.take()
            self.test()
            return Lambda(line)
        node = self.disjunction()
        if self.peek()[:2] == ('name', 'if'):
            self.take()
            self.disjunction()
            self.take()  # else
            self.test()
            return IfExp(node.lineno)
        return node

    def disjunction(self):
        node = self.inversion()
        while self.peek()[:2] in (('name', 'and'), ('name', 'or')):
            self.take()
            self.inversion()
            node = BoolOp(node.lineno)
        return node

    def inversion(self):
        kind, val, line = self.peek()
        if (kind, val) == ('name', 'not'):
            self.take()
            return UnaryOp(line, op='not', operand=self.inversion())
        node = self.expr()
        while True:
            kind, val, _ = self.peek()
            if (kind == 'op' and val in ('<', '>', '==', '!=', '<=', '>=')) or \
                    (kind == 'name' and val in ('in', 'is', 'not')):
                self.take()
                if self.peek()[:2] in (('name', 'in'), ('name', 'not')):
                    self.take()
                self.expr()
                node = Compare(node.lineno)
            else:
                return node

    def unary(self):
        kind, val, line = self.peek()
        if kind == 'op' and val in ('+', '-', '~'):
            self.take()
            return UnaryOp(line, op=val, operand=self.unary())
        return self.atom()

    def atom(self):
        kind, val, line = self.take()
        if kind == 'num':
            return Constant(line, value=eval(val, {'__builtins__': {}}))
        if kind in ('str', 'fstr'):
            parts = [(kind, val)]
            while self.peek()[0] in ('str', 'fstr'):
                parts.append(self.take()[:2])
            if any(k == 'fstr' for k, _ in parts):
                raise _Unsupported(JoinedStr(line))
            return Constant(line, value=eval(' '.join(v for _, v in parts), {'__builtins__': {}}))
        if kind == 'name':
            if val in ('True', 'False', 'None'):
                return Constant(line, value={'True': True, 'False': False, 'None': None}[val])
            return Name(line, id=val)
        if kind == 'op' and val == '*':
            return Starred(line, value=self.expr())
        if kind == 'op' and val == '(':
            if self.peek()[:2] == ('op', ')'):
                self.take()
                return Tuple(line, elts=[])
            first = self.test()
            if self.peek()[:2] == ('name', 'for'):
                return self.comprehension(GeneratorExp, line)
            if self.peek()[:2] == ('op', ')'):
                self.take()
                return first
            elts = [first]
            while self.peek()[:2] == ('op', ','):
                self.take()
                if self.peek()[:2] == ('op', ')'):
                    break
                elts.append(self.test())
            self.expect(')')
            return Tuple(line, elts=elts)
        if kind == 'op' and val == '[':
            elts = []
            while self.peek()[:2] != ('op', ']'):
                elts.append(self.test())
                if len(elts) == 1 and self.peek()[:2] == ('name', 'for'):
                    return self.comprehension(ListComp, line)
                if self.peek()[:2] == ('op', ','):
                    self.take()
            self.take()
            return List(line, elts=elts)
        if kind == 'op' and val == '{':
            if self.peek()[:2] == ('op', '}'):
                self.take()
                return Dict(line, keys=[], values=[])
            if self.peek()[:2] == ('op', '**'):
                self.take()
                first = None
                keys, values = [None], [self.test()]
                while self.peek()[:2] == ('op', ','):
                    self.take()
                    if self.peek()[:2] == ('op', '}'):
                        break
                    if self.peek()[:2] == ('op', '**'):
                        self.take()
                        keys.append(None)
                    else:
                        keys.append(self.test())
                        self.expect(':')
                    values.append(self.test())
                self.expect('}')
                return Dict(line, keys=keys, values=values)
            first = self.test()
            if self.peek()[:2] == ('name', 'for'):
                return self.comprehension(SetComp, line)
            if self.peek()[:2] == ('op', ':'):
                keys, values = [first], []
                self.take()
                values.append(self.test())
                if self.peek()[:2] == ('name', 'for'):
                    return self.comprehension(DictComp, line)
                while self.peek()[:2] == ('op', ','):
                    self.take()
                    if self.peek()[:2] == ('op', '}'):
                        break
                    if self.peek()[:2] == ('op', '**'):
                        self.take()
                        keys.append(None)
                    else:
                        keys.append(self.test())
                        self.expect(':')
                    values.append(self.test())
                self.expect('}')
                return Dict(line, keys=keys, values=values)
            elts = [first]
            while self.peek()[:2] == ('op', ','):
                self.take()
                if self.peek()[:2] == ('op', '}'):
                    break
                elts.append(self.test())
            self.expect('}')
            return Set(line, elts=elts)
        raise _Unsupported(Constant(line))

    def top(self):
        node = self.test()
        if self.peek()[:2] == ('op', ','):
            elts = [node]
            while self.peek()[:2] == ('op', ','):
                self.take()
                if self.peek()[0] == 'end':
                    break
                elts.append(self.test())
            node = Tuple(node.lineno, elts=elts)
        if self.peek()[0] != 'end':
            raise _Unsupported(Constant(self.peek()[2]))
        return node


def literal_eval(node_or_string):
    """
    Evaluate an expression node or a string containing only a Python
    expression.  The string or node provided may only consist of the following
    Python literal structures: strings, bytes, numbers, tuples, lists, dicts,
    sets, booleans, and None.

    Caution: A complex expression can overflow the C stack and cause a crash.
    """
    if isinstance(node_or_string, str):
        text = node_or_string.lstrip(" \t")
        compile(text, '<unknown>', 'eval')  # CPython's ast.parse: its SyntaxErrors
        try:
            node_or_string = _Parser(_tokenize(text)).top()
        except _Unsupported as e:
            _raise_malformed(e.node)
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def _raise_malformed_node(node):
        msg = "malformed node or string"
        if lno := getattr(node, 'lineno', None):
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def _convert_num(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            _raise_malformed_node(node)
        return node.value

    def _convert_signed_num(node):
        if isinstance(node, UnaryOp) and node.op in ('+', '-'):
            operand = _convert_num(node.operand)
            if node.op == '+':
                return + operand
            else:
                return - operand
        return _convert_num(node)

    def _convert(node):
        if isinstance(node, Constant):
            return node.value
        elif isinstance(node, Tuple):
            return tuple(map(_convert, node.elts))
        elif isinstance(node, List):
            return list(map(_convert, node.elts))
        elif isinstance(node, Set):
            return set(map(_convert, node.elts))
        elif (isinstance(node, Call) and isinstance(node.func, Name) and
              node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        elif isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _raise_malformed_node(node)
            return dict(zip(map(_convert, node.keys),
                            map(_convert, node.values)))
        elif isinstance(node, BinOp) and node.op in ('+', '-'):
            left = _convert_signed_num(node.left)
            right = _convert_num(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                if node.op == '+':
                    return left + right
                else:
                    return left - right
        return _convert_signed_num(node)
    return _convert(node_or_string)


def _raise_malformed(node):
    msg = "malformed node or string"
    if lno := getattr(node, 'lineno', None):
        msg += f' on line {lno}'
    raise ValueError(msg + f': {node!r}')
