# traceback.tb_next is writable (None or a traceback, no loops), and TracebackException formats
# the traceback it is given, as unittest relies on to cut its own frames off.
import sys, traceback

def inner():
    raise ValueError("boom")
def middle():
    inner()
def outer():
    middle()

try:
    outer()
except ValueError as e:
    exc = e
tb = exc.__traceback__
names = []
t = tb
while t:
    names.append(t.tb_frame.f_code.co_name)
    t = t.tb_next
print(names)
tb.tb_next.tb_next = None
t, names = tb, []
while t:
    names.append(t.tb_frame.f_code.co_name)
    t = t.tb_next
print(names)
for bad in (5, "x"):
    try:
        tb.tb_next = bad
    except TypeError as err:
        print("TypeError:", err)
try:
    tb.tb_next.tb_next = tb
except ValueError as err:
    print("ValueError:", err)
try:
    del tb.tb_next
except TypeError as err:
    print("TypeError:", err)
tb.tb_next = None
print(tb.tb_next, tb.tb_frame.f_code.co_name)

try:
    outer()
except ValueError as e:
    exc2 = e
full = exc2.__traceback__
skip = full.tb_next.tb_next  # starts at middle()
te = traceback.TracebackException(type(exc2), exc2, skip)
print("".join(te.format()), end="")
print("".join(traceback.format_exception(type(exc2), exc2, skip.tb_next)), end="")
print(len(traceback.extract_tb(exc2.__traceback__)))
