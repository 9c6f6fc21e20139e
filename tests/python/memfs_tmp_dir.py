# Programs write scratch files to /tmp: it exists as on any POSIX host.
import os

path = "/tmp/loopscope_memfs_tmp_dir_probe.txt"
with open(path, "w") as f:
    f.write("first\nsecond\n")
print(os.path.isdir("/tmp"), os.path.exists(path))
with open(path) as f:
    print(f.read().splitlines())
os.remove(path)
print(os.path.exists(path))
