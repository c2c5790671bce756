class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance


acct = Account(100)
print(acct.withdraw(30))
results = [acct.withdraw(x) for x in (10, 20, 100)]
