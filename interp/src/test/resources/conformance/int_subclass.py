class Money(int):
    def __new__(cls, cents, currency="EUR"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"

    def __str__(self):
        return f"{int(self) / 100:.2f} {self.currency}"


m = Money(1250)
print(m, repr(m), m + 1, m * 2, m // 3, -m, abs(Money(-5)), m > 1000, m == 1250, hash(m) == hash(1250))
print(isinstance(m, int), type(m + 1).__name__, float(m), m / 4, [10, 20, 30][Money(1)], bin(Money(5)))
print(sorted([Money(3), 1, Money(2)]), sum([Money(1), Money(2)]), f"{m:08d}", "%d" % m, str(Money(7, "USD")))
class Flag(int):
    pass
f = Flag(3)
print(f, repr(f), f | 4, f & 1, f << 2, range(f), list(range(Flag(2))), int("12") + Flag(1), bool(Flag(0)))
