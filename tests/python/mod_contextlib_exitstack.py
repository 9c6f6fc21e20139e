# contextlib: ExitStack unwinding order, callbacks, pop_all, exception context, closing, nullcontext
from contextlib import ExitStack, closing, nullcontext, contextmanager
@contextmanager
def res(n):
    print('open', n)
    yield n
    print('close', n)
with ExitStack() as st:
    for n in 'xyz':
        st.enter_context(res(n))
    st.callback(print, 'callback')
with ExitStack() as st:
    st.enter_context(res('kept'))
    moved = st.pop_all()
print('after with')
moved.close()
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError('inner')
except ZeroDivisionError as e:
    print(type(e.__context__).__name__)
class R:
    def close(self):
        print('closed')
with closing(R()):
    pass
with nullcontext(5) as n:
    print(n)
try:
    with ExitStack() as st:
        st.enter_context(5)
except TypeError as e:
    print(e)
