# exact-stderr
# sys.exit with a string prints it to stderr and exits 1; nested finally blocks run first.
import sys


def shutdown(reason):
    try:
        sys.exit(reason)
    finally:
        print("cleanup before exit")


try:
    shutdown(None)
except SystemExit as e:
    print("caught SystemExit, code:", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("code 0:", e.code, e.args)
shutdown("fatal: configuration missing")
