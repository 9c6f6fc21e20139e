# _codecs: the C half of codecs (CPython's Modules/_codecsmodule.c); here the functions live in
# codecs.py and report this module as theirs (pickle saves codecs.encode as _codecs.encode).
from codecs import (register, unregister, lookup, encode, decode, register_error, lookup_error,
                    strict_errors, ignore_errors, replace_errors, xmlcharrefreplace_errors,
                    backslashreplace_errors)
