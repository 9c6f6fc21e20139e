import os, stat
os.makedirs("tmp_st/sub", exist_ok=True)
with open("tmp_st/a.txt", "w") as f: f.write("hello")
s = os.stat("tmp_st/a.txt")
print(stat.S_ISREG(s.st_mode), stat.S_ISDIR(s.st_mode), s.st_size, oct(s.st_mode), type(s.st_mtime).__name__, s[6], len(s))
d = os.stat("tmp_st/sub")
print(stat.S_ISDIR(d.st_mode), stat.filemode(s.st_mode), stat.filemode(d.st_mode))
with os.scandir("tmp_st") as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), repr(e))
try: os.stat("tmp_st/none")
except FileNotFoundError as e: print(e)
print(os.stat("tmp_st/a.txt").st_ino == os.stat("tmp_st/a.txt").st_ino)
os.remove("tmp_st/a.txt"); os.rmdir("tmp_st/sub"); os.rmdir("tmp_st")
