"""The _operator module (Modules/_operator.c) and operator on top of it: the operator functions,
sequence helpers (concat, iconcat, countOf, indexOf, length_hint), call, _compare_digest, and
itemgetter/attrgetter/methodcaller with their reprs, errors and __reduce__."""
import _operator as O
import operator


def t(f, *a, **k):
    """Calls f and prints its result or its exception (type and message)."""
    name = getattr(f, "__name__", "?")
    try:
        print(name, "->", repr(f(*a, **k)))
    except BaseException as e:
        print(name, type(e).__name__, e)


print(operator.add is O.add, operator.itemgetter is O.itemgetter, operator.__add__ is O.add)
print(sorted(n for n in dir(O) if not n.startswith("__")))

# ---------------------------------------------------------------- itemgetter
I = O.itemgetter
t(I)
t(I, x=1)
g = I(1)
t(g)
t(g, [1, 2], 3)
t(g, x=1)
t(g, [1])
print(repr(g), repr(I(1, "a")), repr(I((1, 2))), g.__reduce__(), I(1, 2).__reduce__())
print(I(1, 0)("ab"), I(slice(1, None))("abc"), I("k")({"k": 5}), I(-1, 0)([7, 8, 9]))
print(repr(I(I)), type(g).__name__, type(g).__module__)
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=I(1)))

# ---------------------------------------------------------------- attrgetter
A = O.attrgetter
t(A)
t(A, 1)
t(A, "a", 2)
t(A, x="a")
a = A("real")
t(a)
t(a, 1, 2)
t(a, 1j)
print(repr(a), repr(A("a.b", "c")), A("a.b", "c").__reduce__())
t(A("imag.real"), 3j)
t(A("nope"), 1)
t(A("real", "imag"), 2 + 3j)
t(A("a..b"), 1)
t(A(".a"), 1)
t(A("real."), 1)


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


n = Node("top", Node("mid", Node("leaf")))
print(A("child.child.name")(n), A("name", "child.name")(n))

# ---------------------------------------------------------------- methodcaller
M = O.methodcaller
t(M)
t(M, 1)
t(M, name="x")
m = M("upper")
t(m)
t(m, "a", "b")
t(m, 1)
print(repr(m), repr(M("f", 1, k=2)), M("f", 1).__reduce__())
red = M("f", 1, k=2).__reduce__()
print(repr(red[0]), red[1], repr(red[0](*red[1])))
t(M("split", ","), "a,b")
t(M("split", sep=","), "a,b")
t(M("count", "a"), "banana")
t(m, x="a")

# ---------------------------------------------------------------- functions
t(O.concat, [1], (2,))
t(O.concat, [1], [2])
t(O.concat, 1, 2)
t(O.concat, "a", 1)
t(O.concat, "a", "b")
t(O.concat, (1,), [2])
t(O.concat, {1: 2}, [1])
t(O.concat, b"a", bytearray(b"b"))
t(O.iconcat, [1], (2,))
t(O.iconcat, 1, 2)
t(O.iconcat, (1,), (2,))
lst = [1]
print(O.iconcat(lst, [2]) is lst, lst)


class S(list):
    def __add__(self, o):
        return "S.add"


class Seq:
    def __getitem__(self, i):
        raise IndexError

    def __add__(self, o):
        return "Seq.add"

    def __radd__(self, o):
        return "Seq.radd"


class NoSeq:
    def __add__(self, o):
        return "x"


t(O.concat, S(), [1])
t(O.concat, Seq(), [1])
t(O.concat, Seq(), Seq())
t(O.concat, Seq(), 1)
t(O.concat, NoSeq(), [1])
t(O.iconcat, Seq(), [1])


class E:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o))
        return NotImplemented


print(O.countOf([E(1)], E(2)))
t(O.indexOf, [E(5)], E(6))
t(O.countOf, [1, 2, 1], 1)
t(O.countOf, 1, 1)
t(O.countOf, "banana", "a")
t(O.indexOf, [1, 2], 2)
t(O.indexOf, [1, 2], 3)
t(O.indexOf, 5, 3)
t(O.indexOf, iter("xyz"), "z")
t(O.length_hint, [1, 2])
t(O.length_hint, 1)
t(O.length_hint, 1, 5)
t(O.length_hint, 1, "x")
t(O.length_hint, 1, 2**70)


class LH:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


class LE:
    def __len__(self):
        raise TypeError("no")

    def __length_hint__(self):
        return 4


class LV:
    def __len__(self):
        raise ValueError("no")


class LT:
    def __length_hint__(self):
        raise TypeError("no")


t(O.length_hint, LH(3))
t(O.length_hint, LH(-1))
t(O.length_hint, LH("x"))
t(O.length_hint, LH(NotImplemented), 7)
t(O.length_hint, LH(2**70))
t(O.length_hint, LH(True))
t(O.length_hint, LE())
t(O.length_hint, LV())
t(O.length_hint, LT(), 9)
t(O._compare_digest, "a", "a")
t(O._compare_digest, "a", "b")
t(O._compare_digest, "é", "é")
t(O._compare_digest, b"ab", bytearray(b"ab"))
t(O._compare_digest, "a", b"a")
t(O._compare_digest, b"a", "a")
t(O._compare_digest, 1, 2)
t(O._compare_digest, 1, b"a")
t(O._compare_digest, b"a", b"ab")
t(O._compare_digest, b"", b"")
t(O._compare_digest, "a")
t(O.add)
t(O.add, 1)
t(O.add, 1, 2, 3)
t(O.not_, [])
t(O.truth, [0])
t(O.is_, 1, 1)
t(O.is_, None, None)
t(O.is_not, None, None)
t(O.is_, [], [])
t(O.call, len, [1])
t(O.call)
t(O.call, dict, a=1)
t(O.call, obj=len)
t(O.call, lambda *a, **k: (a, k), 1, 2, x=3)
t(O.index, 1.5)
t(O.index, True)
t(O.pow, 2, 3)
t(O.ipow, 2, 3)
t(O.pow, 2, -1)
t(O.pow, 2, "a")
t(O.matmul, 1, 2)
t(O.imatmul, 1, 2)
t(O.inv, 5)
t(O.invert, True)
t(O.abs, -3)
t(O.neg, "a")
t(O.pos, -0.0)
t(O.getitem, [1], 5)
t(O.getitem, "abc", slice(None, None, -1))
t(O.setitem, (1,), 0, 1)
d = {}
t(O.setitem, d, "k", 1)
print(d)
t(O.delitem, d, "k")
t(O.delitem, {}, 1)
t(O.contains, [1, 2], 2)
t(O.contains, "abc", "bc")
t(O.ixor, 5, 3)
t(O.ilshift, 1, 100)
t(O.itruediv, 1, 0)
t(O.ifloordiv, 7, 2)
t(O.imod, "%s!", "x")
t(O.lt, 1, "a")
t(O.eq, 1, "a")
t(O.ne, [], [])
t(O.ge, (1, 2), (1,))
l2 = [1]
print(O.iadd(l2, (2,)) is l2, O.imul(l2, 2), O.iand({1, 2}, {2}), O.ior({1}, {2}), O.isub(5, 7))
for f in [O.add, O.sub, O.mul, O.floordiv, O.truediv, O.mod, O.lshift, O.rshift, O.and_, O.or_,
          O.xor]:
    print(f.__name__, f(12, 5), f(-12, 5) if f is not O.lshift and f is not O.rshift else f(-12, 2))
