# exact-stderr
# Source lines with trailing whitespace: the uncaught-exception printer (C) keeps it, so a
# statement followed by spaces no longer spans its whole line and gets carets; the traceback
# module (Python) strips both ends and shows none.
import traceback

def check(x):
    if x < 0:
        raise ValueError("negative") 
    return x

def total(xs):
    return sum(check(x) for x in xs)	

try:
    total([1, -2])
except ValueError:
    traceback.print_exc(limit=None, file=__import__("sys").stdout)

values = [3, -1]   
print(total(values))  
