# Pieces of sys that are simplest to express in Python. Run once when sys is created.

class version_info(tuple):
    """sys.version_info: a tuple whose fields also have names."""
    __slots__ = ()
    n_fields = 5
    n_sequence_fields = 5
    n_unnamed_fields = 0

    @property
    def major(self):
        return self[0]

    @property
    def minor(self):
        return self[1]

    @property
    def micro(self):
        return self[2]

    @property
    def releaselevel(self):
        return self[3]

    @property
    def serial(self):
        return self[4]

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))


from _loopscope import builtin_type as _builtin_type  # noqa: E402
_builtin_type(version_info, 'sys.version_info')

# Creating _warnings installs Runtime::warn, through which C++ code issues warnings (an
# unawaited coroutine's RuntimeWarning) with the warnings module's filters and format.
import _warnings  # noqa: E402,F401
