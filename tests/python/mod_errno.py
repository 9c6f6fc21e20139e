import errno
import os

print(errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.ECONNRESET, errno.ETIMEDOUT)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[110], len(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith("E"))[:10])
print(list(errno.errorcode.items())[:5])
e = OSError(errno.ENOENT, "No such file or directory")
print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
