# exact-stderr
# a TypeError from a bad call, raised in the caller's frame
def connect(host, port, *, timeout):
    return (host, port, timeout)
def main():
    return connect('localhost', 8080, 5)
main()
