# Struct sequences (CPython's structseq): tuples whose first fields are also named attributes,
# with extra named fields that are not part of the tuple. Used by time.struct_time.

def _make(name, module, fields, n_sequence, extra=()):
    all_fields = tuple(fields) + tuple(extra)
    n_fields = len(all_fields)
    qual = module + '.' + name

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < n_sequence:
            if n_sequence == n_fields:
                raise TypeError('%s() takes a %d-sequence (%d-sequence given)' % (qual, n_sequence, n))
            raise TypeError('%s() takes an at least %d-sequence (%d-sequence given)' % (qual, n_sequence, n))
        if n > n_fields:
            if n_sequence == n_fields:
                raise TypeError('%s() takes a %d-sequence (%d-sequence given)' % (qual, n_sequence, n))
            raise TypeError('%s() takes an at most %d-sequence (%d-sequence given)' % (qual, n_fields, n))
        self = tuple.__new__(cls, seq[:n_sequence])
        rest = list(seq[n_sequence:])
        for fname in all_fields[n_sequence + len(rest):]:
            rest.append(dict.get(fname) if dict else None)
        object.__setattr__(self, '_extra', tuple(rest))
        return self

    def __repr__(self):
        parts = ', '.join('%s=%r' % (f, v) for f, v in zip(fields[:n_sequence], self))
        return '%s(%s)' % (qual, parts)

    def __reduce__(self):
        return (type(self), (tuple(self), dict(zip(all_fields[n_sequence:], self._extra))))

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    ns = {
        '__new__': __new__,
        '__repr__': __repr__,
        '__reduce__': __reduce__,
        '__setattr__': __setattr__,
        'n_fields': n_fields,
        'n_sequence_fields': n_sequence,
        'n_unnamed_fields': 0,
        '__match_args__': tuple(fields[:n_sequence]),
    }

    def seq_getter(i):
        return property(lambda self: tuple.__getitem__(self, i))

    def extra_getter(i):
        return property(lambda self: self._extra[i])

    for i, f in enumerate(all_fields):
        ns[f] = seq_getter(i) if i < n_sequence else extra_getter(i - n_sequence)
    cls = type(name, (tuple,), ns)
    cls.__module__ = module
    cls.__qualname__ = name
    return cls


struct_time = _make('struct_time', 'time',
                    ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
                     'tm_wday', 'tm_yday', 'tm_isdst'), 9, ('tm_zone', 'tm_gmtoff'))
