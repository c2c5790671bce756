"""The _functools module (Modules/_functoolsmodule.c): partial (flattening, keyword merging, repr,
__reduce__/__setstate__, __dict__, subclasses), cmp_to_key's KeyWrapper, reduce, and
_lru_cache_wrapper with unbounded, bounded and zero caches, typed keys, cache_info/cache_clear,
method binding and the attributes functools.update_wrapper sets."""
import _functools as F


def t(f, *a, **k):
    """Calls f and prints its result or its exception (type and message)."""
    name = getattr(f, "__name__", "?")
    try:
        r = f(*a, **k)
        print(name, "->", r if isinstance(r, (int, str, tuple, list, type(None))) else type(r).__name__)
    except BaseException as e:
        print(name, type(e).__name__, e)


# ---------------------------------------------------------------- partial
P = F.partial
print(P.__module__, P.__name__, P.__doc__.splitlines()[0])
t(P)
t(P, func=len)
t(P, 1)
print(repr(P(len, 1, a=2)))


class MP(P):
    pass


t(MP)
t(MP, 1)
p = P(print, 1, 2, sep="-")
print(repr(p), p.func is print, p.args, p.keywords)
q = P(p, 3, end="!\n", sep="+")
print(repr(q), q.func is print, q.args, q.keywords)
q()
q(4, sep="/")
m = MP(p, 4)
print(repr(m), m.func is print, m.args, type(m).__name__)
p2 = P(p)
p2.attr = 1
print(P(p2, 5).func is p2, P(p2, 5).args)
p4 = P(p)
p4.__dict__
print(P(p4, 6).func is p4)
print(P(m, 7).func is print, P(m, 7).args)


class OwnCall(P):
    def __call__(self, *a, **k):
        return "own"


oc = OwnCall(len)
print(P(oc).func is oc, P(oc)())
print(p.__reduce__()[0] is P, p.__reduce__()[1][0] is print, p.__reduce__()[2][1:])
p2.__dict__["more"] = 2
print(p2.__reduce__()[2][3])
s = P(len)
for state in [1, (1, 2), (1, 2, 3, 4), (len, [1], None, None), (len, (1,), [], None)]:
    t(s.__setstate__, state)
t(s.__setstate__, (max, (1,), None, None))
print(s.func is max, s.args, s.keywords, s.__dict__, s(5))
t(s.__setstate__, (max, (1,), {"key": abs}, {"a": 1}))
print(s.a, s(-5), s.keywords)


class T(tuple):
    pass


class D(dict):
    pass


s.__setstate__((min, T((1,)), D(key=abs), None))
print(type(s.args).__name__, type(s.keywords).__name__, s(-3, 2))
t(setattr, s, "func", len)
t(setattr, s, "args", ())
t(delattr, s, "keywords")
t(setattr, s, "__dict__", 5)
s.__dict__ = {"z": 26}
print(s.z)
r = P(len)
r.x = [r]
print(repr(r))
s1 = P(len)
print(repr(P(s1, s1)))
rec = P(len)
rec.__setstate__((len, (rec,), {}, None))
print(repr(rec))
print(repr(P(len, 1, **{"b": 2, "a": [1]})))
print(P(dict, a=1)(a=2, b=3), P(dict, a=1)(), P(lambda *a, **k: (a, k), 1, x=2)(2, y=3))
print(P(lambda **k: list(k), a=1, b=2)(c=3, a=4))
t(P(len), 1, 2)
print(P[int], MP[str])
print(P(P, len, 1)().args)

# ---------------------------------------------------------------- cmp_to_key
K = F.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K).__module__, K.obj)
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) != K(1),
      K(1) > K(0), K(0) >= K(1))
print(sorted(["bb", "a", "ccc"], key=F.cmp_to_key(lambda a, b: len(b) - len(a))))
t(K)
t(K, 1, 2)
t(K, x=1)
k1 = K(obj=5)
print(k1.obj)
k1.obj = 7
print(k1.obj)
del k1.obj
print(k1.obj)
t(lambda: K(1) < 1)
t(lambda: K(1) < K)
t(F.cmp_to_key)
t(F.cmp_to_key, 1, 2)
t(F.cmp_to_key, cmp=1)
print(type(F.cmp_to_key(mycmp=len)).__name__)
t(lambda: F.cmp_to_key(lambda a, b: "x")(1) < F.cmp_to_key(lambda a, b: "x")(2))
K2 = F.cmp_to_key(lambda a, b: "x")
t(lambda: K2(1) < K2(2))
K3 = F.cmp_to_key(lambda a, b: 1 / 0)
t(lambda: K3(1) < K3(2))
t(type(K))
print(type(K).__hash__)

# ---------------------------------------------------------------- reduce
add = lambda a, b: a + b
t(F.reduce, add, [1, 2, 3])
t(F.reduce, add, [], 5)
t(F.reduce, add, [])
t(F.reduce, add, 1)
t(F.reduce)
t(F.reduce, len)
t(F.reduce, 1, [1, 2])
t(F.reduce, len, [1], 2, 3)
t(F.reduce, function=len, sequence=[1])
t(F.reduce, add, [5])
t(F.reduce, add, "abc", None)
t(F.reduce, add, "abc", "")
t(F.reduce, add, iter(range(10)))


class BadIter:
    def __iter__(self):
        raise TypeError("nope")


t(F.reduce, add, BadIter())

# ---------------------------------------------------------------- _lru_cache_wrapper
W = F._lru_cache_wrapper


def info(*a):
    return ("info",) + a


calls = []


def f(*a, **k):
    calls.append((a, k))
    return len(calls)


print(W.__module__, W.__name__)
t(W)
t(W, f)
t(W, f, 1)
t(W, f, 1, True)
t(W, 1, 1, True, info)
t(W, f, "x", True, info)
t(W, f, 1.5, True, info)
t(W, f, -5, True, info)
t(W, f, 2**70, True, info)
t(W, f, 1, [], info)
t(W, f, 1, 0, info, 5)
t(W, user_function=f, maxsize=2, typed=0, cache_info_type=info)
t(W, f, None, False, info, x=1)
w = W(f, 2, False, info)
print(w(1), w(2), w(1), w(3), w(2), w(1), w.cache_info(), calls)
print(w(1, x=2), w(1, x=2), w(x=2), w.cache_info())
w.cache_clear()
print(w.cache_info())
w = W(f, None, False, info)
print(w(1), w(1.0), w(True), w("a"), w("a"), w.cache_info())
w = W(f, None, True, info)
print(w(1), w(1.0), w(True), w(1), w(a=1), w(a=1.0), w.cache_info())
w = W(f, 0, False, info)
print(w(1), w(1), w.cache_info())
w = W(f, -3, False, info)
print(w(1), w(1), w.cache_info())
t(w, [1])
w = W(f, 1, False, info)
t(w, [1])
print(w.cache_info())
w = W(f, None, False, info)
t(w, [1])
print(w.cache_info())
print(type(w).__name__, w.__dict__)

# what functools.update_wrapper and lru_cache set on the wrapper
w.__wrapped__ = f
w.__doc__ = "cached f"
w.__name__ = "f"
w.__qualname__ = "fq"
w.cache_parameters = lambda: {"maxsize": None, "typed": False}
print(w.__wrapped__ is f, w.__doc__, w.__name__, sorted(w.__dict__), w.cache_parameters())
t(w.__reduce__)
print(w.__copy__() is w, w.__deepcopy__({}) is w, w.__deepcopy__() is w)


class C:
    m = W(lambda self, x: (self.__class__.__name__, x), None, False, info)


c = C()
print(c.m(5), C.m is C.__dict__["m"], type(c.m).__name__, c.m.__self__ is c, C.m.cache_info())


def g(n):
    return n if n < 2 else gw(n - 1) + gw(n - 2)


gw = W(g, 10, False, info)
print(gw(30), gw.cache_info())
gu = W(g, None, False, info)
gw = gu
print(gu(60), gu.cache_info())


def h(n):
    raise ValueError(n)


hw = W(h, 10, False, info)
t(hw, 1)
print(hw.cache_info())
t(W(f, 1, False, info).cache_info, 1)
t(W(f, 1, False, len).cache_info)


class Counted:
    hashes = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Counted.hashes += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Counted) and self.v == other.v


for size in [None, 3]:
    Counted.hashes = 0
    cw = W(lambda x: x.v * 2, size, False, info)
    print([cw(Counted(i % 4)) for i in range(10)], Counted.hashes, cw.cache_info())

# LRU order: a hit refreshes an entry
lw = W(lambda x: x, 3, False, info)
for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    lw(x)
print(lw.cache_info())
order = []
ow = W(lambda x: order.append(x) or x, 2, False, info)
for x in [1, 2, 1, 3, 2, 1]:
    ow(x)
print(order)
