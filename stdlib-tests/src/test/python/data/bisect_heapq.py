"""The _bisect and _heapq modules (Modules/_bisectmodule.c, Modules/_heapqmodule.c) and bisect and
heapq on top of them: search and insertion with lo/hi/key, heap operations and the max-heap
helpers, comparison order, argument checking and errors."""
import _bisect as B
import _heapq as H
import bisect
import heapq


def t(f, *a, **k):
    """Calls f and prints its result or its exception (type and message)."""
    name = getattr(f, "__name__", "?")
    try:
        print(name, "->", repr(f(*a, **k)))
    except BaseException as e:
        print(name, type(e).__name__, e)


print(bisect.bisect is B.bisect_right, bisect.insort is B.insort_right, heapq.heappush is H.heappush)

# ---------------------------------------------------------------- bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, B.bisect_left(a, x), B.bisect_right(a, x), B.bisect_left(a, x, 2), B.bisect_right(a, x, 1, 4),
          B.bisect_left(a, x, hi=3), B.bisect_right(a, x, 0, -1), B.bisect_left(a, x, lo=6, hi=2))
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(B.bisect_left(recs, 3, key=lambda r: r[1]), B.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    B.insort_left(b, x)
    B.insort_right(b, x + 0.5)
print(b)
r = []
for item in [("x", 2), ("y", 1), ("z", 2), ("w", 0)]:
    B.insort(r, item, key=lambda p: p[1]) if hasattr(B, "insort") else B.insort_right(r, item, key=lambda p: p[1])
print(r)


class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


ll = L([1, 3])
B.insort_left(ll, 2)
print(ll, B.bisect_left("abcdef", "d"), B.bisect_right((1, 2, 3), 2))


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v


B.bisect_left([Cmp(1), Cmp(2), Cmp(3)], Cmp(2))
B.bisect_right([Cmp(1), Cmp(2), Cmp(3)], Cmp(2))
for f in [B.bisect_left, B.bisect_right, B.insort_left, B.insort_right]:
    t(f)
    t(f, [1])
    t(f, [1, 2, 3], 2, -1)
    t(f, [1, 2, 3], 2, "x")
    t(f, [1, 2, 3], 2, 0, "x")
    t(f, [1, 2, 3], 2, hi=2**70)
    t(f, [1, 2, 3], 2, lo=2**70)
    t(f, 1, 2)
    t(f, [1, 2, 3], 2, 0, 3, len)
    t(f, [1, 2, 3], 2, key=None)
    t(f, [1, 2, 3], 2, x=1)
    t(f, [1, 2, 3], 2, 1, 2, 3)
    t(f, [1, 2, 3], x=2, a=[1])
    t(f, [1, 2, 3], 2, hi=-5)
    t(f, [1, 2, 3], 5, 0, 10)
    t(f, (1, 2, 3), 2)
    t(f, a=[1, 2], x=0, lo=True, hi=None, key=abs)
    t(f, [1, "a"], 0)
    t(f, [1, 2], 2, k=1)

# ---------------------------------------------------------------- heapq
data = [(i * 7919) % 101 for i in range(60)]
h = []
for x in data:
    H.heappush(h, x)
print(h)
print([H.heappop(h) for _ in range(10)], len(h))
h2 = list(data)
H.heapify(h2)
print(h2)
print(H.heapreplace(h2, 50), H.heappushpop(h2, -1), H.heappushpop(h2, 1000), h2[:10])
m = list(data)
H._heapify_max(m)
print(m)
print(H._heappop_max(m), H._heapreplace_max(m, 42), m[:10])
print(H.heappushpop([], 3), H.heappop([7]), H._heappop_max([8]))
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), list(heapq.merge([1, 4, 9], [2, 3, 10])))
print(list(heapq.merge([9, 4, 1], [10, 3, 2], reverse=True)), heapq.nlargest(3, data, key=lambda v: -v))
pairs = [(v % 5, i) for i, v in enumerate(data)]
H.heapify(pairs)
print([H.heappop(pairs) for _ in range(len(pairs))][:15])


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

    def __repr__(self):
        return "I%d" % self.v


hi = []
for v in [5, 3, 8, 1]:
    H.heappush(hi, Item(v))
print(hi)
print(H.heappop(hi), hi)


class Grow:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, o):
        self.heap.append(0)
        return False


g = [1]
t(H.heappush, g, Grow(g))
g = [Grow(None), Grow(None)]
g[0].heap = g
t(H.heapify, g + g)
gg = [0, 0, 0]
gg.append(Grow(gg))
t(H.heapify, gg)
t(H.heappop, [])
t(H.heapreplace, [], 1)
t(H._heappop_max, [])
t(H._heapreplace_max, [], 1)
t(H.heappush, [1], "a")
for f in [H.heappush, H.heapreplace, H.heappushpop, H._heapreplace_max]:
    t(f)
    t(f, (1,), 1)
    t(f, [], 1, 2)
for f in [H.heappop, H.heapify, H._heappop_max, H._heapify_max]:
    t(f, (1,))
    t(f, None)


class HL(list):
    pass


hl = HL([3, 1, 2])
H.heapify(hl)
print(hl, type(hl).__name__, H.heappop(hl))
