# Instructions that the specializing interpreter rewrites, run until they specialize and then
# with operands that break their guards: every result must stay what the generic form gives.
import sys


def add(a, b):
    return a + b


def sub_mul(a, b):
    return a - b, a * b


def less(a, b):
    return a < b, a == b, a != b, a >= b


results = []
for args in [(1, 2)] * 20 + [(1.5, 2.25), ("ab", "cd"), ([1], [2]), (2**62, 2**62),
                             (True, 1), (float("nan"), 1.0), (3, 2.5)]:
    results.append(add(*args))
for args in [(7, 3)] * 20 + [(2.5, 0.5), (2**40, 2**40), ({1, 2}, {2}), ("ab", 3)]:
    try:
        results.append(sub_mul(*args))
    except TypeError as e:
        results.append(str(e))
for args in [(1, 2)] * 20 + [(2.0, 1.0), ("a", "b"), ("b", "a"), (float("nan"),) * 2,
                             ((1, 2), (1, 3)), (1, 1.0)]:
    results.append(less(*args))
print(results[18:])

# Globals: a global rebound, deleted and shadowing a builtin after the loads specialized.
counter = 10


def read_globals():
    return counter, len("abc")


for _ in range(20):
    read_globals()
counter = 11
print(read_globals())
len = lambda s: -1
print(read_globals())
del len
print(read_globals())
del counter
try:
    read_globals()
except NameError as e:
    print("NameError:", e)
counter = 12
print(read_globals())


# Attributes: instance dict, class attribute, property and method, then the class changes.
class Point:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def use(p):
    p.x = p.x + 1
    return p.x, p.scale, p.norm()


pts = [Point(i, i + 1) for i in range(20)]
print([use(p) for p in pts][-1])
Point.scale = 3
print(use(pts[0]))
Point.norm = lambda self: "replaced"
print(use(pts[1]))
pts[2].norm = lambda: "own"
print(use(pts[2]))
pts[3].scale = "instance"
print(use(pts[3]))
Point.x = property(lambda self: 100, lambda self, v: None)
print(use(pts[4]))
del Point.x
print(use(pts[5]))


class Other:
    def __init__(self):
        self.y = 5
        self.x = 1

    scale = "other"

    def norm(self):
        return "other"


print(use(Other()))
p = Point(1, 2)
del p.x
try:
    use(p)
except AttributeError as e:
    print("AttributeError:", e)


# Module attributes and methods.
sys.spec_pi = 3.14


def mod():
    return sys.spec_pi > 3, sys.getrecursionlimit() > 0


for _ in range(20):
    mod()
sys.spec_pi = 1
print(mod())
del sys.spec_pi
try:
    mod()
except AttributeError as e:
    print("AttributeError:", e)


# Subscripts, iteration and unpacking with other kinds of operands.
def sub(c, k):
    return c[k]


for _ in range(20):
    sub([1, 2, 3], -1)
    sub((1, 2, 3), 1)
    sub({"a": 1}, "a")
for c, k in [((1, 2), 0), ({"a": 1}, "a"), ("xyz", 1), ([1, 2], 5), ((1,), 3), ({}, "k"),
             ({1: 2}, 1), (range(5), 2)]:
    try:
        print(sub(c, k))
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)


def total(it):
    t = 0
    for v in it:
        t += v
    return t


for _ in range(20):
    total(range(5))
print(total([1, 2]), total((3, 4)), total(x for x in range(3)), total({5: 0}), total(range(3)))


def unpack(s):
    a, b = s
    return b, a


for _ in range(20):
    unpack((1, 2))
print(unpack([3, 4]), unpack("xy"), unpack({7: 0, 8: 0}))
try:
    unpack((1, 2, 3))
except ValueError as e:
    print("ValueError:", e)


# Calls: the callee's defaults, kind and arity change at a specialized site.
def f1(a, b=5):
    return a + b


def call(fn, *args):
    return fn(*args), fn(args[0])


for _ in range(20):
    call(f1, 1, 2)
f1.__defaults__ = (100,)
print(call(f1, 1, 2))
print(call(abs, -3), call(lambda a, b=1: a * b, 4))
try:
    call(lambda a, b: 0, 1)
except TypeError as e:
    print("TypeError:", e)


def call_one(fn):
    return fn(-2)


for _ in range(20):
    call_one(abs)
print(call_one(str), call_one(lambda v: v * 10), call_one(float), call_one(Point.norm.__class__.__name__.__class__))


# Properties: the getter is called directly once specialized; then it changes in place, the
# property is replaced, and a getter that is not a one-parameter function takes over.
class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 // 5 + 32


def fahrenheit(ts):
    return [t.f for t in ts]


temps = [Temp(c) for c in range(0, 100, 5)]
print(fahrenheit(temps)[-3:])
Temp.f.__init__(lambda self: -self.c)
print(fahrenheit(temps)[-3:])
Temp.f = property(lambda self, scale=2: self.c * scale)
print(fahrenheit(temps)[-3:])
Temp.f = property(abs.__call__.__class__.__call__)
try:
    fahrenheit(temps)
except TypeError as e:
    print("TypeError")
Temp.f = 7
print(fahrenheit(temps)[-3:])
