# warnings: warn() with filters (CPython 3.11's defaults: DeprecationWarning shown only when
# issued from __main__), registries for the 'default'/'module'/'once' actions, catch_warnings,
# and the "FILE:LINE: Category: message" report with the source line. C++ code warns through
# Runtime::warn, which _warnings (C++) routes here.

import sys
import _warnings

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]


# --- the small regular expressions of filters ---------------------------------------------------
# filterwarnings() takes regular expressions matched at the start of the message (ignoring case)
# or of the module name; this matcher covers literals, ., [classes], \escapes, * + ? {m,n},
# groups with |, and ^ $.

class _Pattern:
    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 2 if ignorecase else 0
        self._ignorecase = ignorecase
        self._node, pos = _parse_alt(pattern, 0)
        if pos != len(pattern):
            raise ValueError('unbalanced parenthesis at position %d' % pos)

    def match(self, text):
        if self._ignorecase:
            text = text.lower()
        for end in _match(self._node, text, 0, self._ignorecase):
            return True
        return False

    def __repr__(self):
        if self._ignorecase:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))


def _parse_alt(p, i):
    branches = []
    seq, i = _parse_seq(p, i)
    branches.append(seq)
    while i < len(p) and p[i] == '|':
        seq, i = _parse_seq(p, i + 1)
        branches.append(seq)
    return ('alt', branches), i


_CLASS_ESCAPES = {'d': '0123456789', 'w': None, 's': ' \t\n\r\f\v'}


def _parse_seq(p, i):
    items = []
    while i < len(p) and p[i] not in '|)':
        c = p[i]
        if c == '(':
            j = i + 1
            if p.startswith('?:', j):
                j += 2
            node, i = _parse_alt(p, j)
            if i >= len(p) or p[i] != ')':
                raise ValueError('missing ), unterminated subpattern')
            i += 1
        elif c == '[':
            j = i + 1
            negate = False
            if j < len(p) and p[j] == '^':
                negate = True
                j += 1
            chars = []
            first = True
            while j < len(p) and (p[j] != ']' or first):
                first = False
                if p[j] == '\\' and j + 1 < len(p):
                    chars.append(('esc', p[j + 1]))
                    j += 2
                elif j + 2 < len(p) and p[j + 1] == '-' and p[j + 2] != ']':
                    chars.append(('range', p[j], p[j + 2]))
                    j += 3
                else:
                    chars.append(('char', p[j]))
                    j += 1
            if j >= len(p):
                raise ValueError('unterminated character set')
            node = ('set', chars, negate)
            i = j + 1
        elif c == '.':
            node = ('any',)
            i += 1
        elif c == '^':
            node = ('bol',)
            i += 1
        elif c == '$':
            node = ('eol',)
            i += 1
        elif c == '\\' and i + 1 < len(p):
            e = p[i + 1]
            if e in 'dwsDWS':
                node = ('set', [('esc', e)], False)
            else:
                node = ('lit', e)
            i += 2
        else:
            node = ('lit', c)
            i += 1
        # quantifier
        if i < len(p) and p[i] in '*+?{':
            lo, hi = 0, None
            if p[i] == '*':
                i += 1
            elif p[i] == '+':
                lo = 1
                i += 1
            elif p[i] == '?':
                hi = 1
                i += 1
            else:
                j = p.find('}', i)
                body = p[i + 1:j] if j > 0 else ''
                parts = body.split(',')
                if j < 0 or not all(x.strip().isdigit() or x.strip() == '' for x in parts) or len(parts) > 2:
                    items.append(node)
                    items.append(('lit', '{'))
                    i += 1
                    continue
                lo = int(parts[0] or 0)
                hi = lo if len(parts) == 1 else (int(parts[1]) if parts[1].strip() else None)
                i = j + 1
            lazy = False
            if i < len(p) and p[i] == '?':
                lazy = True
                i += 1
            node = ('rep', node, lo, hi, lazy)
        items.append(node)
    return ('seq', items), i


def _char_in_set(ch, chars, ignorecase):
    for item in chars:
        kind = item[0]
        if kind == 'char':
            c = item[1].lower() if ignorecase else item[1]
            if ch == c:
                return True
        elif kind == 'range':
            lo, hi = item[1], item[2]
            if ignorecase:
                if lo.lower() <= ch <= hi.lower() or lo.upper() <= ch.upper() <= hi.upper():
                    return True
            elif lo <= ch <= hi:
                return True
        else:
            e = item[1]
            if e == 'd' and ch.isdigit():
                return True
            if e == 'D' and not ch.isdigit():
                return True
            if e == 'w' and (ch.isalnum() or ch == '_'):
                return True
            if e == 'W' and not (ch.isalnum() or ch == '_'):
                return True
            if e == 's' and ch.isspace():
                return True
            if e == 'S' and not ch.isspace():
                return True
            if e not in 'dDwWsS' and ch == e:
                return True
    return False


def _match(node, s, i, ic):
    """Yields every end position of a match of node at s[i:] (backtracking)."""
    kind = node[0]
    if kind == 'lit':
        c = node[1].lower() if ic else node[1]
        if i < len(s) and s[i] == c:
            yield i + 1
    elif kind == 'any':
        if i < len(s) and s[i] != '\n':
            yield i + 1
    elif kind == 'set':
        if i < len(s) and _char_in_set(s[i], node[1], ic) != node[2]:
            yield i + 1
    elif kind == 'bol':
        if i == 0:
            yield i
    elif kind == 'eol':
        if i == len(s) or (i == len(s) - 1 and s[i] == '\n'):
            yield i
    elif kind == 'seq':
        yield from _match_seq(node[1], 0, s, i, ic)
    elif kind == 'alt':
        for branch in node[1]:
            yield from _match(branch, s, i, ic)
    elif kind == 'rep':
        yield from _match_rep(node, s, i, ic, 0)


def _match_seq(items, k, s, i, ic):
    if k == len(items):
        yield i
        return
    for j in _match(items[k], s, i, ic):
        yield from _match_seq(items, k + 1, s, j, ic)


def _match_rep(node, s, i, ic, count):
    _, sub, lo, hi, lazy = node
    can_stop = count >= lo
    can_go = hi is None or count < hi
    if lazy and can_stop:
        yield i
    if can_go:
        for j in _match(sub, s, i, ic):
            if j == i and count >= lo:
                continue
            yield from _match_rep(node, s, j, ic, count + 1)
    if not lazy and can_stop:
        yield i


# --- showing warnings -------------------------------------------------------------------------

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    # CPython imports linecache (for the line) and tracemalloc (for the hint) here: both imports
    # fail once finalize_modules has emptied sys.modules, which comes with sys.path set to None
    # (a __del__ warning at exit: no source line, no hint).
    finalizing = _warnings._finalizing or sys.path is None
    if msg.line is None:
        line = None if finalizing else _warnings.getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    if msg.source is not None and not finalizing:
        # LoopScope has no tracemalloc: CPython's hint for that case (which it cannot print
        # while the interpreter is finalizing).
        s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# --- filters ----------------------------------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in ("error", "ignore", "always", "default", "module", "once"), \
        "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in ("error", "ignore", "always", "default", "module", "once"), \
        "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# --- warn -------------------------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    # The frame may be one of CPython's Python asyncio code (Handle._run calling a task's step),
    # which LoopScope's C++ stands for.
    site = _warnings._asyncio_site(stacklevel)
    if site is not None:
        filename, lineno, globals = site
    else:
        try:
            frame = sys._getframe(max(stacklevel, 1))
        except ValueError:
            globals = sys.__dict__
            filename = "sys"
            lineno = 1
        else:
            globals = frame.f_globals
            filename = frame.f_code.co_filename
            lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _matches(msg, text)) and issubclass(category, cat) and
                (mod is None or _matches(mod, module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


def _matches(pattern, text):
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting the context."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_filters_version = 1
defaultaction = "default"
onceregistry = {}
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_warnings_defaults = True
