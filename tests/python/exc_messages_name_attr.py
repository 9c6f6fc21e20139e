# NameError / AttributeError / UnboundLocalError wording (without suggestions: printed via str())
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: undefined_variable)
show(lambda: len.nope)
show(lambda: (5).nope)
show(lambda: 'str'.nope)
show(lambda: [].nope)
show(lambda: None.nope)
show(lambda: object.nope)
class C:
    __slots__ = ()
show(lambda: C().nope)
class D: pass
show(lambda: D().nope)
show(lambda: D.nope)
import sys
show(lambda: sys.nope)
def unbound():
    print(v)
    v = 1
show(unbound)
def free():
    def inner():
        return w
    inner_result = inner
    w = 1
    del w
    return inner_result()
show(free)
show(lambda: setattr(5, 'x', 1))
show(lambda: delattr(D(), 'nothing'))
show(lambda: setattr('s', 'upper', 1))
show(lambda: D.__dict__.nope)
class WithProp:
    @property
    def p(self): return self.missing
show(lambda: WithProp().p)
show(lambda: type.nope)
show(lambda: (1).__class__.nope)
show(lambda: ().nope)
show(lambda: {}.nope)
show(lambda: print.nope)
