# exact-stderr
# print() with sep/end/file, printing to stderr, sys.stdout.write return value, and flush=True.
import sys

print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print(" continued")
print()
print("to stderr", file=sys.stderr)
n = sys.stdout.write("written directly\n")
print("write returned", n)
print(1, 2.0, None, [3], sep=" | ", flush=True)
print(*range(5))
print("", end="")
print("tab\tseparated", "x", sep="\t")
sys.stderr.write("last stderr line\n")
