# Builtin iterators (and ranges, slices, sets, builtin methods) pickle as CPython's:
# __reduce__ names iter/reversed/the type with the sequence and position (protocols 2 and 3
# here), __setstate__ restores the position, __length_hint__ counts what is left.
import operator
import pickle


def advanced(it, n):
    for _ in range(n):
        next(it, None)
    return it


def shape(r):
    # the reduction with objects that have no stable repr shown by type name
    def show(x):
        if isinstance(x, tuple):
            return tuple(show(y) for y in x)
        if " at 0x" in repr(x):
            return "<%s>" % type(x).__name__
        return x
    return show(r)


class S:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i


class R:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


d = {1: 2, 3: 4, 5: 6}
makers = [
    ("list", lambda: iter([1, 2, 3])),
    ("reversed list", lambda: reversed([1, 2, 3])),
    ("tuple", lambda: iter((1, 2, 3))),
    ("str", lambda: iter("abc")),
    ("str non-ascii", lambda: iter("ab\u1234")),
    ("bytes", lambda: iter(b"abc")),
    ("bytearray", lambda: iter(bytearray(b"abc"))),
    ("sequence", lambda: iter(S())),
    ("range", lambda: iter(range(1, 10, 2))),
    ("long range", lambda: iter(range(1, 2**70, 2**68))),
    ("reversed range", lambda: reversed(range(1, 10, 2))),
    ("reversed", lambda: reversed(R())),
    ("dict keys", lambda: iter(d)),
    ("dict values", lambda: iter(d.values())),
    ("dict items", lambda: iter(d.items())),
    ("reversed dict", lambda: reversed(d)),
    ("reversed dict values", lambda: reversed(d.values())),
    ("reversed dict items", lambda: reversed(d.items())),
    ("set", lambda: iter({1, 2, 3})),
    ("enumerate", lambda: enumerate("abc", 5)),
    ("zip", lambda: zip("ab", "cd")),
    ("zip strict", lambda: zip("ab", "cd", strict=True)),
    ("map", lambda: map(abs, [-1, -2])),
    ("filter", lambda: filter(None, [0, 1, 2])),
    ("callable", lambda: iter(iter([1, 2, 3]).__next__, 3)),
]
for name, make in makers:
    for n in (0, 1, 10):
        it = advanced(make(), n)
        print(name, n, type(it).__name__, shape(it.__reduce__()))
        print("  length_hint", operator.length_hint(it, -1),
              "setstate", hasattr(it, "__setstate__"))
        for proto in (2, 3):
            copy = pickle.loads(pickle.dumps(it, proto))
            if type(copy) is not type(it):
                print("  proto", proto, "type", type(copy).__name__)
        print("  rest", list(pickle.loads(pickle.dumps(it, 2))), list(it))

# __setstate__ clips the position to the sequence, and wants an int
for make in (lambda: iter([1, 2, 3]), lambda: reversed([1, 2, 3]), lambda: iter("abc"),
             lambda: iter(range(3)), lambda: reversed(R()), lambda: iter(S())):
    for state in (-5, 1, 2, 99, "a", 2**80):
        it = make()
        try:
            it.__setstate__(state)
            print(type(it).__name__, state, list(it))
        except (TypeError, OverflowError) as e:
            print(type(it).__name__, state, type(e).__name__, e)

# a reversed list iterator sees the list change; zip's state is its strictness
lst = [1, 2, 3]
r = reversed(lst)
lst[2] = 30
print(next(r))
z = zip("ab", "c")
z.__setstate__(True)
try:
    list(z)
except ValueError as e:
    print("ValueError", e)

# ranges, slices and builtin functions pickle too
print(range(1, 10, 3).__reduce__(), slice(1, None, "x").__reduce__())
print(iter.__reduce__(), [].append.__reduce__()[0], pickle.loads(pickle.dumps(len, 2)) is len)
print(pickle.loads(pickle.dumps(range(2**70), 2)), pickle.loads(pickle.dumps(slice(1, 2), 3)))


# subclasses of enumerate and reversed keep their type
class MyEnum(enumerate):
    pass


class MyRev(reversed):
    pass


print(type(MyEnum("ab")).__name__, type(MyRev([1])).__name__, list(MyRev([1, 2])))
print(MyEnum("ab", 3).__reduce__()[0].__name__)
for bad in ([1], dict(a=1)):
    try:
        reversed(bad, x=1) if isinstance(bad, list) else reversed(bad)
    except TypeError as e:
        print("TypeError", e)


class Blocked:
    def __getitem__(self, i):
        return 1

    def __len__(self):
        return 2

    __reversed__ = None


class NoLen:
    def __getitem__(self, i):
        return 1


for o in (Blocked(), NoLen()):
    try:
        reversed(o)
    except TypeError as e:
        print("TypeError", e)


# sets pickle with their type, items and instance state
class SetSub(set):
    pass


s2 = SetSub([5])
s2.x = 1
print(set([3]).__reduce__(), frozenset([4]).__reduce__(), s2.__reduce__())
copy = pickle.loads(pickle.dumps(s2, 2))
print(type(copy).__name__, copy, copy.x, pickle.loads(pickle.dumps(frozenset("a"), 3)))
