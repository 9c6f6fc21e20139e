# traceback.extract_tb() gives each entry its instruction's columns (colno/end_colno, end_lineno)
# and StackSummary.format() draws 3.11's carets under them: format_list, print_list, format_tb.
import sys
import traceback


def run(f, *args):
    try:
        f(*args)
    except Exception as e:
        fs = traceback.extract_tb(e.__traceback__)
        print([(x.name, x.lineno, x.end_lineno, x.colno, x.end_colno) for x in fs])
        print("".join(traceback.format_list(fs)), end="")
        te = traceback.TracebackException.from_exception(e)
        print([(x.colno, x.end_colno) for x in te.stack])
        print("---")


def subscript(d):
    return d["key"]["sub"]


def binop(a, b):
    return (a) + b


def call_whole_line(x):
    x()


def nonascii(s):
    ébc = {"ü": 1}
    return ébc["ü"] + ébc["字"]


def multiline(x):
    return (x
            + 1)


def floordiv(a):
    return a  //  0


run(subscript, {"key": {}})
run(binop, 1, "s")
run(call_whole_line, None)
run(nonascii, "")
run(multiline, None)
run(floordiv, 5)
traceback.print_list(traceback.extract_stack()[-1:], file=sys.stdout)
print(traceback.extract_stack()[-1].colno)
print(list(traceback.StackSummary.extract(traceback.walk_stack(None)))[0].colno)
