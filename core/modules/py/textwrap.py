# textwrap: dedent, indent, and wrap/fill/shorten for whitespace-separated words.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


# Word splitting with break_on_hyphens, as CPython's TextWrapper.wordsep_re:
# chunks are whitespace runs, em-dashes ('--' or longer between words) and
# words, a word ending after a hyphen that joins two letters to two more
# ("state-" "of-" "the-" "art"), so hyphenated words can wrap there.

def _is_letter(ch):
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_word_punct(ch):
    return ch != '' and (ch.isalnum() or ch in '_!"\'&.,?')


def _at(text, i):
    return text[i] if 0 <= i < len(text) else ''


def _em_dash_end(text, i):
    """End of an em-dash starting at i (after a word character), or -1."""
    if not _is_word_punct(_at(text, i - 1)):
        return -1
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    if j - i >= 2 and (_at(text, j).isalnum() or _at(text, j) == '_'):
        return j
    return -1


def _hyphen_breaks(text, q):
    """True if the word may end after the hyphen at q."""
    if text[q] != '-':
        return False
    before = (_is_letter(_at(text, q - 2)) and _is_letter(_at(text, q - 1))) or (
        _is_letter(_at(text, q - 3)) and _at(text, q - 2) == '-'
        and _is_letter(_at(text, q - 1)))
    if not before or not _is_letter(_at(text, q + 1)):
        return False
    nxt = _at(text, q + 2)
    return _is_letter(nxt) or (nxt == '-' and _is_letter(_at(text, q + 3)))


def _word_end(text, p):
    """End of the word chunk starting at p: the shortest that ends at
    whitespace or the end, after a breakable hyphen, or before an em-dash."""
    q = p + 1
    while True:
        if q < len(text) and _hyphen_breaks(text, q):
            return q + 1
        if q >= len(text) or text[q] in _whitespace:
            return q
        if _em_dash_end(text, q) >= 0:
            return q
        q += 1


def _split_hyphenated(text):
    chunks = []
    p = 0
    while p < len(text):
        if text[p] in _whitespace:
            end = p
            while end < len(text) and text[end] in _whitespace:
                end += 1
        else:
            end = _em_dash_end(text, p) if text[p] == '-' else -1
            if end < 0:
                end = _word_end(text, p)
        chunks.append(text[p:end])
        p = end
    return chunks


class TextWrapper:
    """Wrap paragraphs of text to a given width (words are split at whitespace and, when too
    long for a line, broken)."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in _whitespace:
                text = text.replace(ch, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_hyphenated(text)
        chunks = []
        cur = ''
        for ch in text:
            if (ch == ' ') != (cur[-1:] == ' ') and cur:
                chunks.append(cur)
                cur = ''
            cur += ch
        if cur:
            chunks.append(cur)
        return chunks

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, unless only
                # hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <= self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def wrap(self, text):
        chunks = self._split(self._munge_whitespace(text))
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append(line.lstrip(' \t') if line.strip() == '' else line)
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
