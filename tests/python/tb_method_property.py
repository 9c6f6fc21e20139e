# exact-stderr
# errors inside properties, dunder methods and __init__
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def ratio(self):
        return 100 / self.balance
    def __repr__(self):
        return f'Account({self.ratio:.1f})'
print(repr(Account(50)))
accounts = [Account(10), Account(0)]
print(accounts)
