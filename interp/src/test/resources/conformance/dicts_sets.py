d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
del d["b"]; print(d)
print(d.pop("a"), d, d.setdefault("x", 10), d)
d.update({"y": 20}, z=30); print(d)
print({k: v * 2 for k, v in d.items()}, dict(a=1, b=2), dict([("p", 1), ("q", 2)]))
print({1: "a", 1.0: "b", True: "c"})
d2 = {}
for word in "the cat the dog the end".split():
    d2[word] = d2.get(word, 0) + 1
print(d2, sorted(d2.items(), key=lambda kv: -kv[1]))
print(d2.keys(), d2.values())
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, {1, 2} | {3}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {1}, {1, 2} ^ {2, 3})
s.add(10); s.discard(1); print(s, set(), set([5, 4, 5]), frozenset([1, 2]))
print({x % 4 for x in range(10)}, sorted({9, 100, 33, 7}), {1, 2} <= {1, 2, 3})
print(set(range(20)), set([40, 8, 16, 24, 32]))
t = (1, 2, 3)
print(t, t[1], t + (4,), t * 2, (1,), (), len(t), t.index(3), t.count(2), (1, 2) < (1, 3))
a, b, *rest = range(5)
print(a, b, rest)
first, *middle, last = "abcde"
print(first, middle, last)
(p, q), r = (1, 2), 3
print(p, q, r)
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*range(3), *"ab"], (*[1, 2],))
