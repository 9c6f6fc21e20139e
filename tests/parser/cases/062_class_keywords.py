class A(B, metaclass=M, extra=1):
    pass
class C(**kw):
    pass
class D(B, *mixins, metaclass=M):
    pass
