import sys
print("error", file=sys.stderr)
print("a", "b", sep="-", end="\n")
sys.stdout.write("x\n")
