# exact-stderr
# the final line uses str() of the exception; an empty str shows only the class name
class Empty(Exception):
    def __str__(self):
        return ''
class Multi(Exception):
    pass
try:
    raise Empty('ignored')
except Empty as e:
    print(repr(str(e)))
raise Multi('line one\nline two', 2)
