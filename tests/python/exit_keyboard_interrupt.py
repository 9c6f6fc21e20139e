# an uncaught KeyboardInterrupt exits with 130 (CPython re-raises SIGINT)
def work():
    raise KeyboardInterrupt
print('working')
work()
