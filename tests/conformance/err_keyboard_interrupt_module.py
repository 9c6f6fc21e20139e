# exact-stderr
# An uncaught KeyboardInterrupt at module level: traceback on stderr, and the process exits by SIGINT (exit code 130).
def wait_for_input():
    raise KeyboardInterrupt


print("press Ctrl+C")
try:
    wait_for_input()
finally:
    print("finally runs")
