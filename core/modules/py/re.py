# re: regular expressions with Python's syntax and semantics, matched by a backtracking engine
# compiled to closures: literals, classes and escapes (\d \w \s \b...), groups (named,
# non-capturing), alternation, greedy/lazy repeats, backreferences, lookahead/lookbehind,
# inline flags; match/search/fullmatch/findall/finditer/sub/subn/split with 3.7+ rules for
# empty matches, and Match/Pattern objects printing like CPython's.

import enum as _enum
from _loopscope import builtin_type as _builtin_type

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L",
           "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag"]


class RegexFlag(_enum.IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        if self._name_ is not None:
            return 're.' + '|re.'.join(self._name_.split('|'))
        return 're.%s(%d)' % (type(self).__name__, self._value_)

    __str__ = object.__str__


RegexFlag.__module__ = 're'
globals().update(RegexFlag.__members__)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error

# --- parsing ----------------------------------------------------------------------------------
# Nodes: ('lit', ch) ('any',) ('set', items, negated) ('cat', [nodes]) ('alt', [nodes])
# ('group', index_or_None, node) ('rep', node, min, max, greedy) ('bol',) ('eol',) ('bos',)
# ('eos',) ('wordb',) ('nwordb',) ('backref', index) ('look', node, ahead, negated, width)
# ('flags', on, off, node)

_MAXREPEAT = 4294967295
_SPECIAL = '.^$*+?{}[]\\|()'
_WHITESPACE = ' \t\n\r\v\f'


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 1
        self.groupindex = {}
        self.open_groups = []

    def error(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        node = self.parse_alt()
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                raise self.error('unbalanced parenthesis')
            raise self.error('unexpected character')
        return node

    def parse_alt(self):
        branches = [self.parse_seq()]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.parse_seq())
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def skip_verbose(self):
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in _WHITESPACE:
                self.i += 1
            elif c == '#':
                while self.i < len(p) and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse_seq(self):
        items = []
        while True:
            if self.flags & VERBOSE:
                self.skip_verbose()
            c = self.peek()
            if c is None or c in '|)':
                break
            start = self.i
            atom = self.parse_atom()
            if atom is None:
                continue
            if self.flags & VERBOSE:
                self.skip_verbose()
            atom = self.parse_quantifiers(atom, start)
            items.append(atom)
        return items[0] if len(items) == 1 else ('cat', items)

    def parse_quantifiers(self, atom, start):
        while True:
            c = self.peek()
            if c is None:
                return atom
            lo = hi = None
            if c == '*':
                lo, hi = 0, _MAXREPEAT
                self.i += 1
            elif c == '+':
                lo, hi = 1, _MAXREPEAT
                self.i += 1
            elif c == '?':
                lo, hi = 0, 1
                self.i += 1
            elif c == '{':
                r = self.parse_brace()
                if r is None:
                    return atom
                lo, hi = r
            else:
                return atom
            if atom[0] in ('bol', 'eol', 'bos', 'eos', 'wordb', 'nwordb', 'look') or atom[0] == 'rep':
                if atom[0] == 'rep':
                    raise self.error('multiple repeat', start + self._atom_len(atom, start))
                raise self.error('nothing to repeat', start)
            greedy = True
            if self.peek() == '?':
                greedy = False
                self.i += 1
            elif self.peek() == '+':
                self.i += 1
                atom = ('atomic', ('rep', atom, lo, hi, True))
                continue
            atom = ('rep', atom, lo, hi, greedy)

    def _atom_len(self, atom, start):
        return self.i - start - 1

    def parse_brace(self):
        """{m}, {m,}, {,n}, {m,n} (sre_parse's rules); None when '{' is a literal."""
        p = self.p
        j = self.i + 1
        lo = hi = ''
        while j < len(p) and p[j].isdigit():
            lo += p[j]
            j += 1
        comma = j < len(p) and p[j] == ','
        if comma:
            j += 1
            while j < len(p) and p[j].isdigit():
                hi += p[j]
                j += 1
        else:
            hi = lo
        if j >= len(p) or p[j] != '}' or (not lo and not comma):
            return None
        low = int(lo) if lo else 0
        high = int(hi) if hi else _MAXREPEAT
        if high < low:
            raise self.error('min repeat greater than max repeat', self.i + 1)
        self.i = j + 1
        return low, high

    def parse_atom(self):
        p = self.p
        c = p[self.i]
        if c == '(':
            return self.parse_group()
        if c == '[':
            return self.parse_set()
        if c == '.':
            self.i += 1
            return ('any',)
        if c == '^':
            self.i += 1
            return ('bol',)
        if c == '$':
            self.i += 1
            return ('eol',)
        if c == '\\':
            return self.parse_escape(False)
        if c in '*+?':
            raise self.error('nothing to repeat')
        if c == '{':
            r = None
            save = self.i
            try:
                r = self.parse_brace()
            finally:
                self.i = save
            if r is not None:
                raise self.error('nothing to repeat')
        self.i += 1
        return ('lit', c)

    def parse_group(self):
        p = self.p
        start = self.i
        self.i += 1
        if p.startswith('?', self.i):
            self.i += 1
            c = self.peek()
            if c == ':':
                self.i += 1
                node = self.parse_alt()
                self.expect_close(start)
                return node
            if c == 'P':
                self.i += 1
                c2 = self.peek()
                if c2 == '<':
                    end = p.find('>', self.i)
                    if end < 0:
                        raise self.error('missing >, unterminated name', self.i + 1)
                    name = p[self.i + 1:end]
                    if not name:
                        raise self.error('missing group name', self.i + 1)
                    if not name.isidentifier():
                        raise self.error('bad character in group name %r' % name, self.i + 1)
                    if name in self.groupindex:
                        raise self.error('redefinition of group name %r as group %d; was group %d'
                                         % (name, self.groups, self.groupindex[name]), self.i + 1)
                    self.i = end + 1
                    idx = self.groups
                    self.groups += 1
                    self.groupindex[name] = idx
                    self.open_groups.append(idx)
                    node = self.parse_alt()
                    self.open_groups.pop()
                    self.expect_close(start)
                    return ('group', idx, node)
                if c2 == '=':
                    end = p.find(')', self.i)
                    if end < 0:
                        raise self.error('missing ), unterminated name', self.i + 1)
                    name = p[self.i + 1:end]
                    if name not in self.groupindex:
                        raise self.error('unknown group name %r' % name, self.i + 1)
                    self.i = end + 1
                    return ('backref', self.groupindex[name])
                raise self.error('unknown extension ?P' + (c2 or ''), start + 1)
            if c in '=!':
                self.i += 1
                node = self.parse_alt()
                self.expect_close(start)
                return ('look', node, True, c == '!', 0)
            if c == '<' and self.i + 1 < len(p) and p[self.i + 1] in '=!':
                neg = p[self.i + 1] == '!'
                self.i += 2
                node = self.parse_alt()
                self.expect_close(start)
                lo, hi = _width(node)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                return ('look', node, False, neg, lo)
            if c == '>':
                self.i += 1
                node = self.parse_alt()
                self.expect_close(start)
                return ('atomic', node)
            if c == '#':
                end = p.find(')', self.i)
                if end < 0:
                    raise self.error('missing ), unterminated comment', start)
                self.i = end + 1
                return None
            if c is not None and (c in 'aiLmsux-'):
                on = off = 0
                letters = {'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL,
                           'u': UNICODE, 'x': VERBOSE}
                neg = False
                while self.i < len(p) and p[self.i] not in ':)':
                    ch = p[self.i]
                    if ch == '-':
                        neg = True
                    elif ch in letters:
                        if neg:
                            off |= letters[ch]
                        else:
                            on |= letters[ch]
                    else:
                        raise self.error('unknown flag', self.i)
                    self.i += 1
                if self.i >= len(p):
                    raise self.error('missing -, : or )', self.i)
                if p[self.i] == ')':
                    self.i += 1
                    if start != 0:
                        raise error('global flags not at the start of the expression', self.p, start)
                    self.flags |= on
                    return None
                self.i += 1
                saved = self.flags
                self.flags = (self.flags | on) & ~off
                node = self.parse_alt()
                self.flags = saved
                self.expect_close(start)
                return ('flags', on, off, node)
            raise self.error('unknown extension ?' + (c or ''), start + 1)
        idx = self.groups
        self.groups += 1
        self.open_groups.append(idx)
        node = self.parse_alt()
        self.open_groups.pop()
        self.expect_close(start)
        return ('group', idx, node)

    def expect_close(self, start):
        if self.peek() != ')':
            raise error('missing ), unterminated subpattern', self.p, start)
        self.i += 1

    def parse_set(self):
        p = self.p
        start = self.i
        self.i += 1
        negated = False
        if self.peek() == '^':
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                raise error('unterminated character set', self.p, start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            if c == '\\':
                item = self.parse_escape(True)
            else:
                self.i += 1
                item = ('lit', c)
            if (item[0] == 'lit' and self.peek() == '-' and self.i + 1 < len(p) and p[self.i + 1] != ']'):
                self.i += 1
                if p[self.i] == '\\':
                    hi_item = self.parse_escape(True)
                else:
                    hi_item = ('lit', p[self.i])
                    self.i += 1
                if hi_item[0] != 'lit':
                    raise error('bad character range %s-%s' % (item[1], p[self.i - 2:self.i]), self.p, start)
                if hi_item[1] < item[1]:
                    raise error('bad character range %s-%s' % (item[1], hi_item[1]), self.p, self.i - 3)
                items.append(('range', item[1], hi_item[1]))
            else:
                items.append(item)
        return ('set', items, negated)

    def parse_escape(self, in_set):
        p = self.p
        start = self.i
        self.i += 1
        if self.i >= len(p):
            raise error('bad escape (end of pattern)', self.p, start)
        c = p[self.i]
        self.i += 1
        if c in 'dDwWsS':
            return ('cat_' + c,)
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '0': '\0'}
        if c == 'b':
            return ('lit', '\b') if in_set else ('wordb',)
        if c == 'B' and not in_set:
            return ('nwordb',)
        if c == 'A' and not in_set:
            return ('bos',)
        if c == 'Z' and not in_set:
            return ('eos',)
        if c in 'xuU':
            n = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = p[self.i:self.i + n]
            if len(digits) != n or any(d not in '0123456789abcdefABCDEF' for d in digits):
                raise error('incomplete escape \\%s%s' % (c, digits), self.p, start)
            self.i += n
            return ('lit', chr(int(digits, 16)))
        if c == 'N':
            raise error('bad escape \\N', self.p, start)
        if c == '0':
            digits = c
            while self.i < len(p) and len(digits) < 3 and p[self.i] in '01234567':
                digits += p[self.i]
                self.i += 1
            return ('lit', chr(int(digits, 8)))
        if c.isdigit():
            digits = c
            while self.i < len(p) and p[self.i].isdigit() and len(digits) < 2:
                digits += p[self.i]
                self.i += 1
            if in_set:
                if len(digits) >= 3 or all(d in '01234567' for d in digits) and len(digits) == 3:
                    return ('lit', chr(int(digits, 8)))
                raise error('bad escape \\%s' % digits, self.p, start)
            idx = int(digits)
            if idx >= self.groups:
                raise error('invalid group reference %d' % idx, self.p, start + 1)
            if idx in self.open_groups:
                raise error('cannot refer to an open group', self.p, start)
            return ('backref', idx)
        if c in simple:
            return ('lit', simple[c])
        if c.isalnum():
            raise error('bad escape \\%s' % c, self.p, start)
        return ('lit', c)


def _width(node):
    """(min, max) width of a node."""
    kind = node[0]
    if kind in ('lit', 'any', 'set') or kind.startswith('cat_'):
        return 1, 1
    if kind == 'cat':
        lo = hi = 0
        for n in node[1]:
            a, b = _width(n)
            lo += a
            hi += b
        return lo, hi
    if kind == 'alt':
        ws = [_width(n) for n in node[1]]
        return min(w[0] for w in ws), max(w[1] for w in ws)
    if kind == 'group':
        return _width(node[2])
    if kind == 'flags':
        return _width(node[3])
    if kind == 'atomic':
        return _width(node[1])
    if kind == 'rep':
        a, b = _width(node[1])
        return a * node[2], min(b * node[3], _MAXREPEAT)
    if kind == 'backref':
        return 0, _MAXREPEAT
    return 0, 0


# --- compiling to matcher closures -----------------------------------------------------------

class _Ctx:
    __slots__ = ('s', 'n', 'marks', 'starts', 'reps', 'endpos')


def _is_word(ch, ascii_only):
    if ascii_only:
        return ch.isascii() and (ch.isalnum() or ch == '_')
    return ch.isalnum() or ch == '_'


def _category(kind, flags):
    ascii_only = bool(flags & ASCII)
    if kind == 'd':
        if ascii_only:
            return lambda ch: '0' <= ch <= '9'
        return lambda ch: ch.isdecimal()
    if kind == 'w':
        return lambda ch: _is_word(ch, ascii_only)
    if kind == 's':
        if ascii_only:
            return lambda ch: ch in ' \t\n\r\f\v'
        return lambda ch: ch.isspace()
    inner = _category(kind.lower(), flags)
    return lambda ch: not inner(ch)


def _char_test(node, flags):
    """A predicate for a single-character node (lit/any/set/category)."""
    kind = node[0]
    icase = bool(flags & IGNORECASE)
    if kind == 'lit':
        c = node[1]
        if icase:
            cl = c.lower()
            cu = c.upper()
            return lambda ch: ch == c or ch.lower() == cl or ch.upper() == cu
        return lambda ch: ch == c
    if kind == 'any':
        if flags & DOTALL:
            return lambda ch: True
        return lambda ch: ch != '\n'
    if kind.startswith('cat_'):
        return _category(kind[4:], flags)
    if kind == 'set':
        tests = []
        chars = set()
        for item in node[1]:
            if item[0] == 'lit':
                chars.add(item[1])
                if icase:
                    chars.add(item[1].lower())
                    chars.add(item[1].upper())
            elif item[0] == 'range':
                lo, hi = item[1], item[2]
                if icase:
                    tests.append(lambda ch, lo=lo, hi=hi: lo <= ch <= hi or lo <= ch.lower() <= hi or lo <= ch.upper() <= hi)
                else:
                    tests.append(lambda ch, lo=lo, hi=hi: lo <= ch <= hi)
            else:
                tests.append(_category(item[0][4:], flags))
        negated = node[2]

        def test(ch):
            r = ch in chars
            if not r:
                for t in tests:
                    if t(ch):
                        r = True
                        break
            return r != negated
        return test
    return None


def _compile(node, k, flags):
    kind = node[0]
    if kind in ('lit', 'any', 'set') or kind.startswith('cat_'):
        test = _char_test(node, flags)

        def m(ctx, i):
            if i < ctx.n and test(ctx.s[i]):
                return k(ctx, i + 1)
            return None
        return m
    if kind == 'cat':
        m = k
        for sub in reversed(node[1]):
            m = _compile(sub, m, flags)
        return m
    if kind == 'alt':
        ms = [_compile(b, k, flags) for b in node[1]]

        def m(ctx, i):
            for mb in ms:
                r = mb(ctx, i)
                if r is not None:
                    return r
            return None
        return m
    if kind == 'group':
        idx = node[1]

        def close(ctx, i):
            old = ctx.marks[idx]
            ctx.marks[idx] = (ctx.starts[idx], i)
            r = k(ctx, i)
            if r is None:
                ctx.marks[idx] = old
            return r
        inner = _compile(node[2], close, flags)

        def m(ctx, i):
            prev = ctx.starts[idx]
            ctx.starts[idx] = i
            r = inner(ctx, i)
            ctx.starts[idx] = prev
            return r
        return m
    if kind == 'flags':
        return _compile(node[3], k, (flags | node[1]) & ~node[2])
    if kind == 'rep':
        return _compile_rep(node, k, flags)
    if kind == 'atomic':
        inner = _compile(node[1], lambda ctx, i: i, flags)

        def m(ctx, i):
            saved = list(ctx.marks)
            j = inner(ctx, i)
            if j is None:
                return None
            r = k(ctx, j)
            if r is None:
                ctx.marks[:] = saved
            return r
        return m
    if kind == 'bol':
        if flags & MULTILINE:
            return lambda ctx, i: k(ctx, i) if i == 0 or ctx.s[i - 1] == '\n' else None
        return lambda ctx, i: k(ctx, i) if i == 0 else None
    if kind == 'eol':
        if flags & MULTILINE:
            return lambda ctx, i: k(ctx, i) if i == ctx.n or ctx.s[i] == '\n' else None
        return lambda ctx, i: k(ctx, i) if i == ctx.n or (i == ctx.n - 1 and ctx.s[i] == '\n') else None
    if kind == 'bos':
        return lambda ctx, i: k(ctx, i) if i == 0 else None
    if kind == 'eos':
        return lambda ctx, i: k(ctx, i) if i == ctx.n else None
    if kind in ('wordb', 'nwordb'):
        ascii_only = bool(flags & ASCII)
        want = kind == 'wordb'

        def m(ctx, i):
            before = i > 0 and _is_word(ctx.s[i - 1], ascii_only)
            after = i < ctx.n and _is_word(ctx.s[i], ascii_only)
            if (before != after) == want:
                return k(ctx, i)
            return None
        return m
    if kind == 'backref':
        idx = node[1]
        icase = bool(flags & IGNORECASE)

        def m(ctx, i):
            span = ctx.marks[idx]
            if span is None:
                return None
            text = ctx.s[span[0]:span[1]]
            seg = ctx.s[i:i + len(text)]
            if seg == text or (icase and seg.lower() == text.lower()):
                return k(ctx, i + len(text))
            return None
        return m
    if kind == 'look':
        _, sub, ahead, negated, width = node
        if ahead:
            inner = _compile(sub, lambda ctx, i: i, flags)

            def m(ctx, i):
                saved = list(ctx.marks)
                found = inner(ctx, i) is not None
                if negated:
                    ctx.marks[:] = saved
                    return k(ctx, i) if not found else None
                if not found:
                    return None
                r = k(ctx, i)
                if r is None:
                    ctx.marks[:] = saved
                return r
            return m

        def ends_here(target):
            return lambda ctx, j: j if j == target[0] else None
        target = [0]
        inner = _compile(sub, lambda ctx, j: j if j == target[0] else None, flags)

        def m(ctx, i):
            start = i - width
            found = False
            if start >= 0:
                old = target[0]
                target[0] = i
                saved = list(ctx.marks)
                found = inner(ctx, start) is not None
                target[0] = old
                if negated or not found:
                    ctx.marks[:] = saved
            if found == negated:
                return None
            return k(ctx, i)
        return m
    raise error('internal: unknown node %r' % (kind,))


def _compile_rep(node, k, flags):
    _, sub, lo, hi, greedy = node
    test = _char_test(sub, flags) if (sub[0] in ('lit', 'any', 'set') or sub[0].startswith('cat_')) else None
    if test is not None:
        def m(ctx, i):
            s = ctx.s
            limit = ctx.n if hi >= _MAXREPEAT else min(ctx.n, i + hi)
            if greedy:
                j = i
                while j < limit and test(s[j]):
                    j += 1
                if j - i < lo:
                    return None
                while j >= i + lo:
                    r = k(ctx, j)
                    if r is not None:
                        return r
                    j -= 1
                return None
            j = i
            while j < i + lo:
                if j >= limit or not test(s[j]):
                    return None
                j += 1
            while True:
                r = k(ctx, j)
                if r is not None:
                    return r
                if j >= limit or not test(s[j]):
                    return None
                j += 1
        return m

    key = object()

    def attempt(ctx, i, count):
        if count >= lo and not greedy:
            r = k(ctx, i)
            if r is not None:
                return r
        if count < hi:
            stack = ctx.reps.setdefault(key, [])
            stack.append((count, i))
            r = body(ctx, i)
            stack.pop()
            if r is not None:
                return r
        if count >= lo and greedy:
            return k(ctx, i)
        return None

    def after(ctx, j):
        stack = ctx.reps[key]
        count, start = stack.pop()
        try:
            if j == start and count + 1 > lo:
                return None
            return attempt(ctx, j, count + 1)
        finally:
            stack.append((count, start))

    body = _compile(sub, after, flags)
    return lambda ctx, i: attempt(ctx, i, 0)


# --- Pattern and Match ------------------------------------------------------------------------

class Match:
    """The result of a successful match."""
    __slots__ = ('re', 'string', 'pos', 'endpos', '_marks', 'lastindex')

    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks
        self.lastindex = _lastindex(marks)

    def _index(self, g):
        if isinstance(g, int) or hasattr(g, '__index__') and not isinstance(g, str):
            try:
                g = g.__index__()
            except AttributeError:
                raise IndexError('no such group')
            if 0 <= g < len(self._marks):
                return g
            raise IndexError('no such group')
        if isinstance(g, str):
            idx = self.re.groupindex.get(g)
            if idx is None:
                raise IndexError('no such group')
            return idx
        raise IndexError('no such group')

    def _get(self, idx, default=None):
        span = self._marks[idx]
        if span is None:
            return default
        return self.string[span[0]:span[1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self._marks)))

    def groupdict(self, default=None):
        return {name: self._get(idx, default) for name, idx in self.re.groupindex.items()}

    def start(self, group=0):
        span = self._marks[self._index(group)]
        return -1 if span is None else span[0]

    def end(self, group=0):
        span = self._marks[self._index(group)]
        return -1 if span is None else span[1]

    def span(self, group=0):
        span = self._marks[self._index(group)]
        return (-1, -1) if span is None else span

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, idx in self.re.groupindex.items():
            if idx == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(len(self._marks)))

    def expand(self, template):
        return _expand_template(self.re, template)(self)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_builtin_type(Match, 're.Match')


def _lastindex(marks):
    # The index of the last group that was closed: the matched group whose end is greatest,
    # the outermost one when several end at the same place.
    best = None
    best_end = -1
    best_start = None
    for idx in range(1, len(marks)):
        span = marks[idx]
        if span is None:
            continue
        if span[1] > best_end or (span[1] == best_end and span[0] <= best_start):
            best, best_end, best_start = idx, span[1], span[0]
    return best


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, bytes):
            raise TypeError('LoopScope supports str patterns only')
        parser = _Parser(pattern, flags)
        self._tree = parser.parse()
        self.pattern = pattern
        self.flags = int(parser.flags) | (0 if parser.flags & ASCII else int(UNICODE))
        self.groups = parser.groups - 1
        self.groupindex = _mapping_proxy(dict(parser.groupindex))
        self._ngroups = parser.groups
        self._matcher = _compile(self._tree, lambda ctx, i: i, self.flags)
        self._prefix = _literal_prefix(self._tree, self.flags)
        self._first = _first_char_test(self._tree, self.flags)

    def _ctx(self, string, endpos):
        ctx = _Ctx()
        ctx.s = string[:endpos] if endpos < len(string) else string
        ctx.n = len(ctx.s)
        ctx.marks = [None] * self._ngroups
        ctx.starts = [0] * self._ngroups
        ctx.reps = {}
        return ctx

    def _run(self, string, pos, endpos, start, anchored_end=False, ctx=None):
        if ctx is None:
            ctx = self._ctx(string, endpos)
        else:
            for i in range(self._ngroups):
                ctx.marks[i] = None
        if anchored_end:
            n = ctx.n
            matcher = _compile(self._tree, lambda c, i: i if i == n else None, self.flags)
        else:
            matcher = self._matcher
        end = matcher(ctx, start)
        if end is None:
            return None
        ctx.marks[0] = (start, end)
        return Match(self, string, pos, endpos, list(ctx.marks))

    @staticmethod
    def _bounds(string, pos, endpos):
        n = len(string)
        if pos < 0:
            pos = 0
        if endpos is None or endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        return pos, endpos

    def _check(self, string):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)

    def match(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        return self._run(string, pos, endpos, pos)

    def fullmatch(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        return self._run(string, pos, endpos, pos, anchored_end=True)

    def search(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, pos, endpos, -1)

    def _search(self, string, pos, endpos, no_empty_at):
        start = pos
        prefix = self._prefix
        first = self._first
        ctx = self._ctx(string, endpos)
        s = ctx.s
        while start <= endpos:
            if prefix:
                j = string.find(prefix, start, endpos)
                if j < 0:
                    return None
                start = j
            elif first is not None:
                while start < endpos and not first(s[start]):
                    start += 1
                if start >= endpos:
                    return None
            m = self._run(string, pos, endpos, start, ctx=ctx)
            if m is not None:
                if start == no_empty_at and m.end() == start:
                    m = self._run_nonempty(string, pos, endpos, start)
                    if m is not None:
                        return m
                else:
                    return m
            start += 1
        return None

    def _run_nonempty(self, string, pos, endpos, start):
        ctx = _Ctx()
        ctx.s = string[:endpos] if endpos < len(string) else string
        ctx.n = len(ctx.s)
        ctx.marks = [None] * self._ngroups
        ctx.starts = [0] * self._ngroups
        ctx.reps = {}
        matcher = _compile(self._tree, lambda c, i: i if i > start else None, self.flags)
        end = matcher(ctx, start)
        if end is None:
            return None
        ctx.marks[0] = (start, end)
        return Match(self, string, pos, endpos, list(ctx.marks))

    def _iter(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        at = pos
        no_empty_at = -1
        while at <= endpos:
            m = self._search(string, at, endpos, no_empty_at)
            if m is None:
                return
            yield m
            at = m.end()
            no_empty_at = at if m.end() == m.start() else -1
            if m.end() == m.start():
                no_empty_at = at

    def finditer(self, string, pos=0, endpos=None):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m._get(1, ''))
            else:
                out.append(m.groups(''))
        return out

    def split(self, string, maxsplit=0):
        self._check(string)
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        self._check(string)
        if callable(repl):
            func = repl
        else:
            if not isinstance(repl, str):
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            func = _expand_template(self, repl)
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            r = func(m)
            if not isinstance(r, str):
                raise TypeError("expected str instance, %s found" % type(r).__name__)
            out.append(r)
            last = m.end()
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner')

    def __repr__(self):
        flags = self.flags
        names = []
        for name in ('TEMPLATE', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'DEBUG', 'ASCII'):
            v = RegexFlag[name]._value_
            if flags & v:
                names.append('re.' + name)
        if not flags & ASCII and flags & UNICODE:
            pass
        pat = repr(self.pattern)
        if len(pat) > 200:
            pat = pat[:200]
        if names:
            return 're.compile(%s, %s)' % (pat, '|'.join(names))
        return 're.compile(%s)' % pat

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_builtin_type(Pattern, 're.Pattern')


def _mapping_proxy(d):
    import types
    return types.MappingProxyType(d)


def _literal_prefix(tree, flags):
    """The literal text every match starts with (to skip ahead with str.find)."""
    if flags & IGNORECASE:
        return ''
    items = tree[1] if tree[0] == 'cat' else [tree]
    out = []
    for node in items:
        if node[0] == 'lit':
            out.append(node[1])
        else:
            break
    return ''.join(out)


def _first_char_test(tree, flags):
    """A predicate every match's first character satisfies (None when a match may be empty or
    start with anything)."""
    node = tree
    while True:
        if node[0] == 'cat' and node[1]:
            node = node[1][0]
        elif node[0] == 'group':
            node = node[2]
        elif node[0] == 'rep' and node[2] >= 1:
            node = node[1]
        else:
            break
    if node[0] in ('lit', 'any', 'set') or node[0].startswith('cat_'):
        return _char_test(node, flags)
    return None


def _expand_template(pattern, template):
    """A function of a Match giving the replacement text for template (\\1, \\g<name>...)."""
    pieces = []
    i = 0
    n = len(template)
    literal = []
    simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}
    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', template, i)
        d = template[i + 1]
        if d == 'g':
            if i + 2 >= n or template[i + 2] != '<':
                raise error('missing <', template, i + 2)
            end = template.find('>', i + 3)
            if end < 0:
                raise error('missing >, unterminated name', template, i + 3)
            name = template[i + 3:end]
            if not name:
                raise error('missing group name', template, i + 3)
            if name.isdigit():
                idx = int(name)
                if idx >= pattern._ngroups:
                    raise error('invalid group reference %d' % idx, template, i + 3)
            else:
                if not name.isidentifier():
                    raise error('bad character in group name %r' % name, template, i + 3)
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                idx = pattern.groupindex[name]
            if literal:
                pieces.append(''.join(literal))
                literal = []
            pieces.append(idx)
            i = end + 1
        elif d.isdigit():
            if d == '0':
                j = i + 2
                digits = '0'
                while j < n and len(digits) < 3 and template[j] in '01234567':
                    digits += template[j]
                    j += 1
                literal.append(chr(int(digits, 8)))
                i = j
                continue
            j = i + 1
            digits = ''
            while j < n and template[j].isdigit() and len(digits) < 2:
                digits += template[j]
                j += 1
            idx = int(digits)
            if idx >= pattern._ngroups:
                raise error('invalid group reference %d' % idx, template, i + 1)
            if literal:
                pieces.append(''.join(literal))
                literal = []
            pieces.append(idx)
            i = j
        elif d in simple:
            literal.append(simple[d])
            i += 2
        elif d.isalpha():
            raise error('bad escape \\%s' % d, template, i)
        else:
            literal.append('\\' + d)
            i += 2
    if literal:
        pieces.append(''.join(literal))

    def expand(m):
        out = []
        for p in pieces:
            if isinstance(p, int):
                out.append(m._get(p, ''))
            else:
                out.append(p)
        return ''.join(out)
    return expand


# --- module functions -------------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile_cached(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile_cached(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile_cached(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile_cached(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile_cached(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the
    pattern in string by the replacement repl."""
    return _compile_cached(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub() but also return the number of substitutions made."""
    return _compile_cached(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile_cached(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile_cached(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile_cached(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile_cached(pattern, flags | TEMPLATE)


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars).encode('latin1')
