# exact-stderr
# AttributeError suggestions ("Did you mean") appear in the printed traceback but not in str(e).
class Account:
    def __init__(self):
        self.balance = 10


a = Account()
try:
    a.balanse
except AttributeError as e:
    print("str:", e)
print(a.balanse)
