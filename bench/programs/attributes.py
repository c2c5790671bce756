"""Attribute-heavy code: a particle simulation on plain instances and on __slots__ instances,
read-only and read-write properties, class attributes, inherited methods and attribute updates
in tight loops, getattr/setattr/hasattr by name.  Written for Taipan's bench/."""


class Particle:
    gravity = 3

    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.bounces = 0

    def step(self, width, height):
        self.vy += self.gravity
        self.x += self.vx
        self.y += self.vy
        if self.x < 0 or self.x > width:
            self.vx = -self.vx
            self.x = min(max(self.x, 0), width)
            self.bounces += 1
        if self.y > height:
            self.vy = -self.vy * 9 // 10
            self.y = height
            self.bounces += 1

    @property
    def energy(self):
        return self.vx * self.vx + self.vy * self.vy


class SlotParticle:
    __slots__ = ("x", "y", "vx", "vy", "bounces")
    gravity = 3

    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.bounces = 0

    step = Particle.step
    energy = Particle.energy


class Account:
    def __init__(self, owner):
        self._owner = owner
        self._balance = 0
        self.history = 0

    @property
    def owner(self):
        return self._owner

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < -1000:
            raise ValueError("overdrawn")
        self.history += 1
        self._balance = value


class SavingsAccount(Account):
    rate = 2

    def accrue(self):
        self.balance = self.balance + self.balance * self.rate // 100


def simulate(cls, n, steps):
    particles = [cls(i * 7 % 500, i * 13 % 300, i % 9 - 4, i % 5 - 2) for i in range(n)]
    for _ in range(steps):
        for p in particles:
            p.step(500, 300)
    return sum(p.bounces for p in particles), sum(p.energy for p in particles)


def banking(n):
    accounts = [SavingsAccount("owner%d" % i) if i % 3 else Account("owner%d" % i) for i in range(50)]
    for i in range(n):
        a = accounts[i % 50]
        a.balance += i % 17 - 5
        if i % 97 == 0 and isinstance(a, SavingsAccount):
            a.accrue()
    names = ("history", "_balance")
    total = 0
    for a in accounts:
        for name in names:
            total += getattr(a, name)
        if hasattr(a, "rate"):
            setattr(a, "history", 0)
        total += len(a.owner)
    return total


def run(n):
    plain = simulate(Particle, 200, n)
    slots = simulate(SlotParticle, 200, n)
    if plain != slots:
        raise AssertionError((plain, slots))
    return plain, banking(n * 200)


if __name__ == "__main__":
    import _harness
    _harness.main(run, 2000, 10)
