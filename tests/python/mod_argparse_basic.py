# exact-stderr
import argparse
import sys

sys.argv = ["tool.py"]


def build():
    p = argparse.ArgumentParser(description="Process some integers and do a number of other "
                                "interesting things with them, wrapping this long description.",
                                epilog="See the docs for more.")
    p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
    p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
                   help="sum the integers (default: find the max)")
    p.add_argument("-v", "--verbose", action="count", default=0, help="increase verbosity")
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("--no-color", action="store_false", dest="color", help="disable colour output in the terminal; this help line is long enough that it has to be wrapped over several lines")
    p.add_argument("-o", "--output", default="out.txt", metavar="FILE", help="write to FILE (default %(default)s)")
    p.add_argument("--mode", choices=["fast", "slow", "auto"], default="auto", help="mode: one of %(choices)s")
    p.add_argument("-I", "--include", action="append", help="include dir")
    p.add_argument("--pair", nargs=2, type=float, metavar=("X", "Y"))
    p.add_argument("--opt", nargs="?", const="C", default="D")
    p.add_argument("--many", nargs="*")
    p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
    return p


p = build()
print(p.prog)
print(p.format_usage(), end="")
print("----")
p.print_help()
print("----")
for argv in [["1", "2", "3"], ["--sum", "4", "5"], ["-vvv", "7"], ["-v", "--verbose", "-q", "1"],
             ["--no-color", "-o", "x.bin", "9"], ["--output=y", "9"], ["-oz", "9"],
             ["--mode", "fast", "1"], ["-I", "a", "-Ib", "--include=c", "1"],
             ["--pair", "1", "2.5", "3"], ["--opt", "1"], ["1", "--opt"], ["--opt=E", "1"],
             ["--many", "1"], ["1", "--many", "a", "b"], ["--", "-5"], ["--verb", "1"],
             ["1", "-q", "2"]]:
    try:
        ns = p.parse_args(argv)
    except SystemExit as e:
        print(argv, "exit", e.code)
        continue
    print(argv, ns.integers, ns.accumulate(ns.integers), ns)
ns = p.parse_args(["3"])
print(vars(ns))
print(ns == argparse.Namespace(**vars(ns)), ns == 3, "quiet" in ns, "nope" in ns)
print(argparse.Namespace(a=1, b="x"))
print(argparse.Namespace(**{"a-b": 1, "c": 2}))
print(p.parse_known_args(["1", "--what", "2", "x"]))
print(p.get_default("output"), p.get_default("zzz"))
p.set_defaults(output="set.txt", extra=42)
print(p.parse_args(["5"]))

# errors: exit status 2 with the usage on stderr
def attempt(argv):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

import io
for argv in [[], ["x"], ["--mode", "bad", "1"], ["--pair", "1"], ["1", "--bogus"], ["-o"],
             ["--opt", "1", "2", "--no-color=3"], ["1", "-qz"], ["--v", "1"]]:
    old = sys.stderr
    sys.stderr = io.StringIO()
    attempt(argv)
    text = sys.stderr.getvalue()
    sys.stderr = old
    print(argv, repr(text.splitlines()[-1]))

# -h / --version print and exit 0
for argv in [["--version"], ["-h"]]:
    try:
        build().parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
