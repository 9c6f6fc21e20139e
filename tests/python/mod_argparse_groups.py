# exact-stderr
import argparse
import sys

sys.argv = ["/some/dir/groups_prog.py", "ignored"]

p = argparse.ArgumentParser(formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="""\
Raw description:
    indented line kept
  another""", epilog="epilog\n  kept too")
g = p.add_mutually_exclusive_group()
g.add_argument("-a", "--alpha", action="store_true", help="alpha mode")
g.add_argument("-b", "--beta", action="store_true", help="beta mode")
net = p.add_argument_group("network", "Network options go here.")
net.add_argument("--host", default="localhost", help="host name")
net.add_argument("--port", type=int, default=8080, help="port number")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="-")
p.print_help()
print(p.parse_args(["x"]))
print(p.parse_args(["-a", "x", "y", "--port", "1"]))
try:
    p.parse_args(["-a", "-b", "x"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["x", "--port", "eighty"])
except SystemExit as e:
    print("exit", e.code)

r = argparse.ArgumentParser(prog="req", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
m = r.add_mutually_exclusive_group(required=True)
m.add_argument("--json", action="store_true", help="json output")
m.add_argument("--csv", action="store_true", help="csv output")
m.add_argument("--sep", default=",", help="separator")
r.add_argument("--level", type=int, default=3, help="the level")
r.add_argument("--name", help="a name")
r.add_argument("files", nargs="*", default=["a.txt"], help="input files")
r.add_argument("count", type=int, nargs=2, help="two counts")
r.print_help()
print(r.parse_args(["--csv", "1", "2"]))
print(r.parse_args(["--sep", ";", "f1", "f2", "1", "2"]))
for argv in [["1", "2"], ["--json", "--csv", "1", "2"], ["--json", "1"]]:
    try:
        r.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

n = argparse.ArgumentParser(prog="nohelp", add_help=False, usage="%(prog)s [stuff]")
n.add_argument("x", choices=[1, 2, 3], type=int)
n.print_help()
print(n.parse_args(["2"]))
print(repr(n))
print(repr(n._actions[0]))

# long usage lines wrap
w = argparse.ArgumentParser(prog="wrapper_program")
for i in range(8):
    w.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
w.add_argument("first_positional")
w.add_argument("second_positional", nargs="+")
w.print_usage()
w.print_help()
w2 = argparse.ArgumentParser(prog="a_really_long_program_name_that_takes_up_most_of_the_usage_line")
w2.add_argument("--alpha-option", metavar="ALPHA")
w2.add_argument("--beta-option", metavar="BETA")
w2.add_argument("target")
w2.print_usage()

t = argparse.ArgumentParser(prog="neg")
t.add_argument("-n", type=int)
t.add_argument("vals", nargs="*", type=float)
print(t.parse_args(["-n", "-3", "-1.5", "2"]))

# parse_args() with no list reads sys.argv[1:]
d = argparse.ArgumentParser()
d.add_argument("word")
print(d.prog, d.parse_args())
sys.argv = ["prog"]
d.parse_args()
