# a small object-oriented program: accounts, transfers, custom exceptions, reports
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})')
        self.account = account
        self.amount = amount
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))
    def __repr__(self):
        return f'Account(#{self.id} {self.owner!r}, {self.balance:,.2f})'
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        acc = Account(owner, initial)
        self.accounts[acc.id] = acc
        return acc
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print('transfer failed:', e)
            return False
        else:
            dst.deposit(amount)
            return True
        finally:
            print(f'transfer {src.owner}->{dst.owner} {amount}')
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open('alice', 100)
bob = bank.open('bob')
print(bank.transfer(alice, bob, 30.5))
print(bank.transfer(bob, alice, 100))
try:
    bob.deposit(-5)
except ValueError as e:
    print('error:', e)
for acc in sorted(bank.accounts.values(), key=lambda a: a.balance):
    print(acc, acc.history)
print(f'total {bank.total():.2f}')
