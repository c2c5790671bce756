"""random on top of _random: the module-level functions after random.seed(n), Random instances,
getstate/setstate round trips and the distributions, which must give CPython's exact values."""
import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"))
items = list(range(20))
random.shuffle(items)
print(items, random.gauss(0, 1), random.sample(range(50), 5))
print(random.randrange(10, 1000, 7), random.uniform(1, 2), random.getrandbits(70))
print(random.choices("abc", k=6), random.choices(range(5), weights=[5, 1, 1, 1, 10], k=4))
print(random.triangular(0, 10, 3), random.normalvariate(5, 2), random.lognormvariate(0, 1))
print(random.expovariate(2), random.vonmisesvariate(1, 2), random.gammavariate(2, 3))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(9), random.sample(["x", "y", "z"], k=3, counts=[1, 2, 3]))

for seed in [0, 1, -7, 2**40, 10**30, True]:
    r = random.Random(seed)
    print(seed, r.random(), r.randint(-5, 5), r.randrange(100), r.getrandbits(5))

r = random.Random(123)
state = r.getstate()
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)], state[0], len(state[1]), state[2])
r.seed(5, version=1)
print(r.random())


class MyRandom(random.Random):
    def random(self):
        return 0.5


print(MyRandom(1).randrange(10), MyRandom(1).choice("abc"))
try:
    random.Random().setstate((9, (), None))
except ValueError as e:
    print(type(e).__name__, e)
