# Specialized attribute stores and loads (new attributes in __init__, __slots__ members) and the
# int/float arithmetic fast path, each run often enough to specialize, then made to miss.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class OnlySlots:
    __slots__ = ("a",)


def make_points(n):
    out = []
    for i in range(n):
        out.append(Point(i, -i))
    return out


pts = make_points(50)
print(sum(p.x for p in pts), sum(p.y for p in pts), sorted(vars(pts[3]).items()))

# the same store site on instances whose dicts hold the key elsewhere, or not at all yet
def set_z(o, v):
    o.z = v
    return o.z


for i in range(40):
    p = Point(1, 2)
    if i % 3 == 0:
        p.w = 0
        del p.x
    print(set_z(p, i), end=" ")
print()

# a class that gains a descriptor of the name: the store must go through it
class Guarded(Point):
    pass


def store_x(o, v):
    o.x = v


g = Guarded(0, 0)
for i in range(30):
    store_x(g, i)
print(g.x)
Guarded.x = property(lambda self: "prop", lambda self, v: print("setter", v))
store_x(g, 99)
print(g.x)


def slot_rw(o, n):
    t = 0
    for i in range(n):
        o.a = o.a + 1
        t += o.a
    return t


s = Slotted(0)
print(slot_rw(s, 30), s.a)
try:
    s.b
except AttributeError as e:
    print("AttributeError", e)
del s.a
try:
    slot_rw(s, 1)
except AttributeError as e:
    print("AttributeError", e)
s.a = 5
print(slot_rw(s, 3))


def set_a(o, v):
    o.a = v


o = OnlySlots()
for i in range(30):
    set_a(o, i)
print(o.a)
try:
    o.c = 1
except AttributeError as e:
    print("AttributeError", e)


def ops(a, b):
    r = []
    for f in (lambda: a // b, lambda: a % b, lambda: a / b, lambda: a & b, lambda: a | b,
              lambda: a ^ b, lambda: a << b, lambda: a >> b, lambda: a * b, lambda: a - b,
              lambda: a + b):
        try:
            r.append(f())
        except Exception as e:
            r.append(type(e).__name__ + ": " + str(e))
    return r


def arith_loop(a, b, n):
    x = a
    for i in range(n):
        x = (x * 7 + b) % 1000003 // 1 - (x // 3) % 5
    return x


print(arith_loop(5, 11, 200))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7, 0), (0, 5), (-9223372036854775808, -1),
             (1, 63), (1, 64), (-1, 200), (5, -1), (3, 62), (12345678901, 40),
             (9223372036854775807, 1), (2 ** 53 + 1, 3), (10 ** 30, 7)]:
    print(a, b, ops(a, b))


def fops(a, b):
    r = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b,
              lambda: a % b):
        try:
            r.append(f())
        except Exception as e:
            r.append(type(e).__name__ + ": " + str(e))
    return r


for a, b in [(1.5, 2), (3, 0.25), (-2.5, 0.0), (0, 0.0), (7, 2.0), (2 ** 63 - 1, 1.0),
             (1e308, 10), (float("inf"), 2), (float("nan"), 1), (-0.0, 3), (3, -0.0),
             (True, 2.0), (2.0, False)]:
    print(a, b, fops(a, b))


def mixed(n):
    t = 0.0
    for i in range(n):
        t = t + i * 0.5 - i / 4
        t = t * 1.0001
    return t


print(round(mixed(300), 6))
x = 10
for i in range(30):
    x += 3
    x -= 1
    x *= 1
    x //= 1
    x %= 1000
    x <<= 1
    x >>= 1
print(x)
