# traceback.print_exc / format_exc draw a binary operation's anchor with traceback.py's own rule
# (_extract_caret_anchors_from_line_segment): the anchor starts at the first non-space between
# the operands, is 2 wide when followed by a non-space, then both ends slide right over spaces,
# ')' and '#'. After a doubly parenthesized left operand that gives ^^ where the interpreter's
# own printer (the uncaught traceback at the end) draws a single ^.
import traceback

a = 1
n = 0
s = "s"


def f1():
    return ((a)) / n


def f2():
    return ( (a) )  //  n


def f3():
    return (a)+(s)


def f4():
    return ((a))+s


for fn in (f1, f2, f3, f4):
    try:
        fn()
    except Exception:
        print(traceback.format_exc(limit=-1), end="")

f1()
