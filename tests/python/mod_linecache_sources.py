import linecache, os, sys
here = __file__
print(repr(linecache.getline(here, 1)), repr(linecache.getline(here, 2)), repr(linecache.getline(here, 999)), len(linecache.getlines(here)) > 5)
print(linecache.getline("<string>", 1) == "", linecache.getline("/no/such/file.py", 1) == "")
with open("data.txt", "w") as f:
    f.write("alpha\nbeta\ngamma")
print(repr(linecache.getline("data.txt", 2)), repr(linecache.getline("data.txt", 3)), linecache.getlines("data.txt"))
with open("data.txt", "w") as f:
    f.write("changed\n")
print(repr(linecache.getline("data.txt", 1)))
linecache.checkcache("data.txt")
print(repr(linecache.getline("data.txt", 1)))
linecache.clearcache()
print(linecache.cache, linecache.lazycache("<x>", None), linecache.__all__)
os.remove("data.txt")
def f():
    return sys._getframe()
fr = f()
print(repr(linecache.getline(fr.f_code.co_filename, fr.f_lineno)))
