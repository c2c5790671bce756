"""The _random module (Modules/_randommodule.c): the Mersenne Twister's outputs for int seeds of
any size and sign, hashable non-int seeds, getrandbits of any width, getstate/setstate with
their errors, and Random subclasses that override __init__ and seed as random.Random does."""
import _random


def t(f, *a, **k):
    """Calls f and prints its result or its exception (type and message)."""
    name = getattr(f, "__name__", "?")
    shown = tuple(x if len(repr(x)) < 40 else type(x).__name__ + " of " + str(len(x)) for x in a)
    try:
        r = f(*a, **k)
        print(name, shown, k, "->", r if isinstance(r, (int, float, type(None))) else type(r).__name__)
    except BaseException as e:
        print(name, shown, k, type(e).__name__, e)


R = _random.Random
print(R.__module__, R.__name__, _random.__name__)
print(sorted(n for n in R.__dict__ if not n.startswith("__")))

# seeds: ints of every size and sign, bool, int subclass; the same stream for n and -n
for seed in [0, 1, 42, -42, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**64 + 12345, -(2**100 + 7),
             10**50, True, False]:
    r = R(seed)
    print(seed, r.random(), r.random(), r.getrandbits(32), r.getrandbits(1), r.getrandbits(64),
          r.getrandbits(65), r.getrandbits(100), r.getrandbits(31))

class MyInt(int):
    def __abs__(self):
        return 99

print(R(MyInt(5)).random() == R(5).random())
# non-int seeds are hashed (float and tuple hashes do not depend on PYTHONHASHSEED)
print(R(1.5).random(), R(-1.5).random(), R((1, 2)).random(), R(2.0).random() == R(2).random())

# a long run crosses many regenerations of the state
r = R(2024)
acc = 0
for i in range(5000):
    acc ^= r.getrandbits(32)
print(acc, r.random())
print([r.getrandbits(k) for k in range(0, 70, 7)])
big = r.getrandbits(1000)
print(big.bit_length() <= 1000, big % 1000003)

# seed again, seed(None) gives some state
r.seed(7)
a = r.random()
r.seed(7)
print(a == r.random())
r.seed()
r.seed(None)
print(0.0 <= r.random() < 1.0)

# getstate / setstate
r = R(99)
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[0], st[1], st[623])
x = [r.random() for _ in range(3)]
r.setstate(st)
print(x == [r.random() for _ in range(3)], r.getstate()[-1])
r.setstate((2**32 + 5,) * 624 + (624,))
print(r.getstate()[:3], r.getstate()[-1], r.random())
r.setstate((0,) * 624 + (0,))
print(r.random(), r.getrandbits(40))
t(r.setstate)
t(r.setstate, 1)
t(r.setstate, [1] * 625)
t(r.setstate, (1,) * 624)
t(r.setstate, (1,) * 624 + (625,))
t(r.setstate, (1,) * 624 + (-1,))
t(r.setstate, (-1,) * 625)
t(r.setstate, (2**64,) * 625)
t(r.setstate, ("x",) * 625)
t(r.setstate, (1.0,) * 625)
t(r.setstate, (1,) * 624 + (2**64,))
t(r.setstate, (1,) * 624 + (1.0,))

# argument errors
t(R, 1, 2)
t(R, x=1)
t(R, [1])
t(r.seed, 1, 2)
t(r.seed, a=1)
t(r.random, 1)
t(r.getrandbits)
t(r.getrandbits, -1)
t(r.getrandbits, 0)
t(r.getrandbits, 1.5)
t(r.getrandbits, 2**64)
t(r.getrandbits, k=3)
t(r.getstate, 1)

# subclasses, as random.Random is one
class S(R):
    def __init__(self, a, b):
        self.ab = (a, b)
        super().__init__(a + b)

s = S(1, 2)
print(s.ab, s.random() == R(3).random(), isinstance(s, R), type(s).__mro__[1:])

class Seeded(R):
    """Like random.Random: __init__ calls self.seed, which calls super().seed."""
    def __init__(self, x=None):
        self.calls = []
        self.seed(x)

    def seed(self, a=None, version=2):
        self.calls.append((a, version))
        super().seed(a)

z = Seeded(11)
print(z.calls, z.random() == R(11).random())
z.seed(12, version=1)
print(z.calls, z.random() == R(12).random())

class Plain(R):
    pass

t(Plain, x=1)
t(Plain, 1, 2)
print(Plain(5).random() == R(5).random())

class OwnNew(R):
    def __new__(cls, *a, **k):
        return super().__new__(cls)

t(OwnNew, 1, x=3)

class OwnInit(R):
    def __init__(self, *a, **k):
        super().__init__(k.get("seed", 0))

print(OwnInit(seed=8).random() == R(8).random())
fresh = R.__new__(R)
print(fresh.getstate()[-1], fresh.random())
