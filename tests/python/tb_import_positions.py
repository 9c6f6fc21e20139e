# A failing import statement: CPython 3.11 gives all of its instructions the position of the
# whole statement, so its carets are left out when they would cover the whole line and only
# appear under the statement when the line holds more than it.
import sys
import traceback


def show(f):
    try:
        f()
    except ImportError:
        traceback.print_exc(file=sys.stdout)


def plain():
    import nosuchmod_xyz


def several():
    import sys, nosuchmod_xyz


def aliased():
    import nosuchmod_xyz as alias


def dotted():
    import sys.nosuchsub


def dotted_as():
    import sys.nosuchsub as q


def from_missing_name():
    from sys import nosuch_name


def from_missing_alias():
    from sys import path, nosuch_name as n


def from_missing_module():
    from nosuchmod_xyz import x


def after_semicolon():
    x = 1; import nosuchmod_xyz


def from_after_semicolon():
    x = 1; from sys import nosuch_name


def multiline():
    from sys import (path,
                     nosuch_name)


for f in (plain, several, aliased, dotted, dotted_as, from_missing_name, from_missing_alias,
          from_missing_module, after_semicolon, from_after_semicolon, multiline):
    print(f"--- {f.__name__}")
    show(f)

print("--- star at module level")
try:
    from nosuchmod_xyz import *
except ImportError:
    traceback.print_exc(file=sys.stdout)

import nosuchmod_at_module_level
