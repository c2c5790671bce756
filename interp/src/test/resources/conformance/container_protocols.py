# Builtin containers as CPython's: constructor keywords with subclasses, exact-type fast paths,
# comparison of lists an item's __eq__ empties, repetition limits, repr recursion, dict iteration
# and update under mutation, reversed views, type sizes.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class ListNew(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self


class ListInit(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg


class TupleInit(tuple):
    def __init__(self, seq, newarg=None):
        self.newarg = newarg


show(lambda: list(x=1))
show(lambda: tuple(x=1))
show(lambda: (ListNew([1, 2], newarg=3), ListNew([1], newarg=3).newarg))
show(lambda: (ListInit([1, 2], newarg=3), ListInit([1], newarg=4).newarg))
show(lambda: (TupleInit((1, 2), newarg=3), TupleInit((1,), newarg=5).newarg))


class LyingList(list):
    def __iter__(self):
        yield 1


class LyingTuple(tuple):
    def __iter__(self):
        yield 1


print(list(LyingList([2])), tuple(LyingTuple((2,))), list(LyingTuple((2,))))
lst = [1]
lst.extend(LyingList([5]))
print(lst)


class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)

t = (1, 2)
e = ()
print(t * 1 is t, e * 5 is e, t * 0, [1, 2] * 2)
show(lambda: [4, 5, 6, 7] * (2**62))
show(lambda: (1, 2) * (2**62))
print(tuple.__itemsize__, tuple.__basicsize__, list.__basicsize__, int.__itemsize__)

a = []
for i in range(1200):
    a = [a]
show(lambda: len(repr(a)))
d = {}
for i in range(1200):
    d = {1: d}
show(lambda: len(repr(d)))

# dict iteration notices a key deleted and another added
for view in ("keys", "values", "items"):
    d = {0: 0}
    try:
        for k in getattr(d, view)():
            del d[0]
            d[0] = 0
    except RuntimeError as e:
        print(view, "RuntimeError", e)


class Z:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = {i: 0 for i in range(1, 50)}
other[Z()] = 0
d = {Z(): 0, 1: 1}
show(lambda: d.update(other))

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["d"] = 4
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())),
      list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.items())).__name__)
it = reversed(d)
next(it)
d["e"] = 5
show(lambda: next(it))
for s in ({"a", 2} | d.keys(), {("a", 1)} & d.items(), d.keys() - {"a"}, {"a", "z"} ^ d.keys()):
    print(type(s).__name__, sorted(s, key=repr))
print(d.keys() < {"a", "c", "d", "z"}, d.items() == {("a", 1), ("c", 3), ("d", 4), ("e", 5)})
print(d.keys().isdisjoint("xyz"), d.items().isdisjoint([("a", 1)]), d.values().mapping["a"])

# a reversed list iterator follows the list
lst = [1, 2, 3]
r = reversed(lst)
lst[0] = 10
print(list(r))

# sets: subclasses keep their type and items, keyword rules, frozenset identity, a set as key,
# and lookups whose __eq__ empties the set
class SetSub(set):
    pass


class FrozenSub(frozenset):
    pass


class FrozenInit(frozenset):
    def __init__(self, seq, newarg=None):
        self.newarg = newarg


s = SetSub("abcab")
print(type(s).__name__, sorted(s), type(s.copy()).__name__, type(FrozenSub("ab")).__name__)
show(lambda: SetSub(sequence=()))
show(lambda: frozenset(x=1))
show(lambda: FrozenInit([1], newarg=2).newarg)
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f, FrozenSub(f) is f)
s = {frozenset([1])}
print(set([1]) in s, s.remove(set([1])), s)
show(lambda: {1}.remove({2}))


class Mutating:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        self.target.clear()
        return False


for op in ("and", "sub", "le", "contains", "add"):
    a = set()
    b = set()
    a.update(Mutating(b) for _ in range(5))
    b.update(Mutating(a) for _ in range(5))
    try:
        if op == "and":
            a & b
        elif op == "sub":
            a - b
        elif op == "le":
            a <= b
        elif op == "contains":
            Mutating(a) in a
        else:
            a.add(Mutating(a))
        print(op, "done")
    except Exception as e:
        print(op, type(e).__name__)

f = frozenset("ab")
print(sorted(f.union("c")), sorted(f.intersection("b")), sorted(f.difference("a")), sorted(f))

# list.sort: the list is empty while keys and comparisons run; changing it is a ValueError
data = list(range(10))


def key(x):
    del data[:]
    data[:] = range(20)
    return x


show(lambda: data.sort(key=key))
print(data)
data = [3, 1, 2]


def key2(x):
    data.append(9)
    data.pop()
    return x


show(lambda: data.sort(key=key2))
show(lambda: data.sort(key=lambda x: len(data)))
print(data)
show(lambda: [3, 1, 2].sort(key=lambda x: 1 / 0))

# the iterator class a range gets, and iterating a generic alias
for args in ((2**63 - 2, 2**63 - 1, 2), (1, 2, 2**63 - 1), (-2**63 + 1, -2**63, -2), (0, 10)):
    print(type(iter(range(*args))).__name__, list(range(*args)))
print(list(tuple[int]), list(tuple[int])[0].__unpacked__, list(tuple[int])[0] == tuple[int])

# builtin iterators and views cannot be made by calling their type
for t in (type(iter([])), type({}.keys()), type({}.values()), type(iter({})),
          type(reversed([])), type(iter(range(3))), type(iter({1}))):
    show(lambda: t())
d = {}
d[42] = d.values()
d[43] = d.items()
print(repr(d))


class Hashed:
    count = 0

    def __hash__(self):
        Hashed.count += 1
        return 1


h = Hashed()
d = {}
d.setdefault(h, 1)
d.setdefault(h, 2)
print(Hashed.count, d[h])


# iter(callable, sentinel) whose callable exhausts the iterator itself ends it
def spam():
    if spam.again:
        return 2
    spam.again = True
    list(spam.iterator)
    return 1


spam.again = False
spam.iterator = iter(spam, 2)
show(lambda: next(spam.iterator))


class Sentinel:
    def __eq__(self, other):
        print("sentinel compared first")
        return True


print(list(iter(lambda: 5, Sentinel())))

# slice.indices in exact ints for any length; tuple hashes as CPython's xxHash-based one
vals = [None, -2**100, -2**30, -53, -7, -1, 0, 1, 7, 53, 2**30, 2**100]
n = 0
for a in vals:
    for b in vals:
        for c in vals:
            s = slice(a, b, c)
            for length in (0, 1, 7, 53, 2**30, 2**100):
                try:
                    r = s.indices(length)
                except ValueError as e:
                    r = len(str(e))
                n = (n * 31 + hash(r)) % 2**61
print(n, slice(-2**100, 2**100, 3).indices(2**70), slice(True, -True, None).indices(True))
for bad in (lambda: slice(None).indices(-1), lambda: slice("a").indices(3),
            lambda: slice(None).indices("a"), lambda: slice(1, 2, 0).indices(5)):
    show(bad)
print(hash((1, 2)), hash((2**100, -1, True)), hash(((1,), (2, (3,)))), hash(()), hash((1.5, 2**64)))


# sets reuse the hashes sets and exact dicts store: nothing is hashed twice
class Counted(int):
    hashes = 0

    def __hash__(self):
        Counted.hashes += 1
        return int.__hash__(self)


d = dict.fromkeys(map(Counted, range(10)))
s = set(d)
f = frozenset(d)
s.difference(d)
s.symmetric_difference_update(d)
dict.fromkeys(set(d))
dict.fromkeys(f, 1)
print(Counted.hashes, sorted(s), sorted(f & set(d)), f <= set(d), sorted(f ^ {Counted(3)}))

# len() covers the whole ssize_t range
r = range(-2**63 + 1, 2**63 - 1, 2)
print(len(r), len(range(0, 2**63 - 1, 2**63 - 2)))
show(lambda: len(range(-2**63, 2**63)))
