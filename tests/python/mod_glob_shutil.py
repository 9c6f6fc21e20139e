# glob and shutil (CPython's) over the files: patterns, recursive **, root_dir, copy/copytree/move/rmtree.
import os, shutil
if os.path.exists("/tmp/hbglob"): shutil.rmtree("/tmp/hbglob")
if os.path.exists("/tmp/hbsh"): shutil.rmtree("/tmp/hbsh")
import glob, os
os.makedirs("/tmp/hbglob/sub/deeper", exist_ok=True)
for name in ["/tmp/hbglob/a.txt", "/tmp/hbglob/b.txt", "/tmp/hbglob/c.log", "/tmp/hbglob/sub/d.txt", "/tmp/hbglob/sub/deeper/e.txt", "/tmp/hbglob/.hidden.txt"]:
    with open(name, "w") as f:
        f.write(name)
print(sorted(glob.glob("/tmp/hbglob/*.txt")))
print(sorted(glob.glob("/tmp/hbglob/**/*.txt", recursive=True)))
print(sorted(glob.glob("/tmp/hbglob/*")), sorted(glob.glob("/tmp/hbglob/[ab].*")), glob.glob("/tmp/hbglob/nothing*"))
print(sorted(glob.iglob("/tmp/hbglob/sub/*")), glob.escape("/tmp/hbglob/[x]*?.txt"), glob.has_magic("a*"))
print(sorted(glob.glob("*.txt", root_dir="/tmp/hbglob")), sorted(glob.glob("**", root_dir="/tmp/hbglob", recursive=True)))
print(sorted(glob.glob("/tmp/hbglob/.*")), sorted(glob.glob("/tmp/hbglob/*/")), sorted(glob.glob("/tmp/hbglob/?.log")))
shutil.rmtree("/tmp/hbglob")
import shutil, os
base = "/tmp/hbsh"
os.makedirs(base + "/src/inner", exist_ok=True)
for n in ["a.txt", "inner/b.txt", "inner/c.py"]:
    with open(f"{base}/src/{n}", "w") as f:
        f.write(n * 3)
print(shutil.copy(f"{base}/src/a.txt", f"{base}/a_copy.txt"), open(f"{base}/a_copy.txt").read())
print(shutil.copyfile(f"{base}/src/a.txt", f"{base}/a2.txt"), shutil.copy2(f"{base}/src/a.txt", f"{base}/a3.txt"))
print(shutil.copytree(f"{base}/src", f"{base}/dst", ignore=shutil.ignore_patterns("*.py")))
print(sorted(os.listdir(f"{base}/dst")), sorted(os.listdir(f"{base}/dst/inner")))
print(shutil.move(f"{base}/a2.txt", f"{base}/moved.txt"), os.path.exists(f"{base}/a2.txt"))
shutil.rmtree(f"{base}/dst")
print(os.path.exists(f"{base}/dst"), sorted(os.listdir(base)))
try:
    shutil.copy(f"{base}/missing.txt", f"{base}/x")
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror, e.filename)
try:
    shutil.copytree(f"{base}/src", f"{base}/src")
except FileExistsError as e:
    print("FileExistsError", e)
print(shutil.get_terminal_size(), shutil.get_terminal_size().columns)
shutil.rmtree(base)
print(os.path.exists(base))
