# bytearray: construction, indexing, slicing, mutation, operators, comparisons

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

# construction
show("empty", lambda: bytearray())
show("int", lambda: bytearray(3))
show("zero", lambda: bytearray(0))
show("list", lambda: bytearray([1, 2, 255]))
show("tuple", lambda: bytearray((65, 66)))
show("range", lambda: bytearray(range(97, 100)))
show("gen", lambda: bytearray(x for x in [104, 105]))
show("bytes", lambda: bytearray(b"abc"))
show("bytearray", lambda: bytearray(bytearray(b"xy")))
show("str-enc", lambda: bytearray("h\xe9", "utf-8"))
show("str-latin1", lambda: bytearray("h\xe9", "latin-1"))
show("str-kw", lambda: bytearray("abc", encoding="ascii"))
show("source-kw", lambda: bytearray(source=b"kw"))
show("str-errors", lambda: bytearray("abc", "ascii", "strict"))
show("str-noenc", lambda: bytearray("abc"))
show("int-enc", lambda: bytearray(3, "utf-8"))
show("bytes-enc", lambda: bytearray(b"x", "utf-8"))
show("errors-only", lambda: bytearray(b"x", errors="strict"))
show("neg", lambda: bytearray(-1))
show("float", lambda: bytearray(1.5))
show("none", lambda: bytearray(None))
show("list-big", lambda: bytearray([256]))
show("list-neg", lambda: bytearray([-1]))
show("list-float", lambda: bytearray([1.5]))
show("list-str", lambda: bytearray(["a"]))
show("enc-not-str", lambda: bytearray("a", 5))
show("too-many", lambda: bytearray("a", "utf-8", "strict", 1))
show("bad-kw", lambda: bytearray(foo=1))
show("unicode-err", lambda: bytearray("\xe9", "ascii"))
show("bad-encoding", lambda: bytearray("a", "no-such-codec"))
show("bool", lambda: bytearray(True))

class WithIndex:
    def __index__(self):
        return 2
show("index", lambda: bytearray(WithIndex()))

class WithBytes:
    def __bytes__(self):
        return b"fromdunder"
show("dunder-bytes", lambda: bytearray(WithBytes()))

# repr / str
print(repr(bytearray(b"a'b")), repr(bytearray(b'a"b')), repr(bytearray(b"a'\"b")))
print(str(bytearray(b"\x00\n\t\xff")))
print(repr(bytearray()))

# indexing
b = bytearray(b"hello world")
show("b[0]", lambda: b[0])
show("b[-1]", lambda: b[-1])
show("b[11]", lambda: b[11])
show("b[-12]", lambda: b[-12])
show("b['a']", lambda: b["a"])
show("b[1.0]", lambda: b[1.0])
show("b[1:4]", lambda: b[1:4])
show("b[::-1]", lambda: b[::-1])
show("b[::2]", lambda: b[::2])
show("b[-3:]", lambda: b[-3:])
show("b[5:1]", lambda: b[5:1])
show("b[1:8:3]", lambda: b[1:8:3])
show("b[::0]", lambda: b[::0])
show("b[True]", lambda: b[True])
print(type(b[1:2]).__name__, len(b), len(bytearray()))

# item assignment
b = bytearray(b"abcdef")
b[0] = 65
b[-1] = 70
print(b)
def setit(k, v):
    c = bytearray(b"abcdef")
    c[k] = v
    return c
show("set 256", lambda: setit(0, 256))
show("set -1", lambda: setit(0, -1))
show("set str", lambda: setit(0, "a"))
show("set bytes", lambda: setit(0, b"a"))
show("set idx", lambda: setit(6, 1))
show("set key", lambda: setit("x", 1))
show("set slice", lambda: setit(slice(1, 3), b"XYZ"))
show("set slice empty", lambda: setit(slice(1, 3), b""))
show("set slice grow", lambda: setit(slice(0, 0), b"123"))
show("set slice list", lambda: setit(slice(2, 4), [49, 50, 51]))
show("set slice ba", lambda: setit(slice(None), bytearray(b"zz")))
show("set slice int", lambda: setit(slice(1, 2), 5))
show("set slice str", lambda: setit(slice(1, 2), "x"))
show("set slice bad list", lambda: setit(slice(1, 2), [300]))
show("set slice bad item", lambda: setit(slice(1, 2), ["a"]))
show("set ext", lambda: setit(slice(None, None, 2), b"XYZ"))
show("set ext rev", lambda: setit(slice(None, None, -2), b"XYZ"))
show("set ext bad", lambda: setit(slice(None, None, 2), b"XY"))
show("set ext list", lambda: setit(slice(1, None, 2), [1, 2, 3]))
show("set ext step1", lambda: setit(slice(1, 3, 1), b"12345"))
show("set ext empty", lambda: setit(slice(4, 1, 1), b"ins"))
show("set rev slice", lambda: setit(slice(4, 1), b"ins"))
c = bytearray(b"abc")
c[:] = c
print("self-assign", c)
c[1:1] = c
print("self-insert", c)

# deletion
def delit(k):
    c = bytearray(b"abcdefgh")
    del c[k]
    return c
show("del 0", lambda: delit(0))
show("del -1", lambda: delit(-1))
show("del 8", lambda: delit(8))
show("del slice", lambda: delit(slice(2, 5)))
show("del ext", lambda: delit(slice(None, None, 2)))
show("del ext rev", lambda: delit(slice(None, None, -3)))
show("del all", lambda: delit(slice(None)))
show("del str", lambda: delit("x"))

# operators
a = bytearray(b"ab")
show("ba+bytes", lambda: a + b"cd")
show("bytes+ba", lambda: b"cd" + a)
show("ba+ba", lambda: a + bytearray(b"x"))
show("ba+str", lambda: a + "x")
show("ba+int", lambda: a + 1)
show("str+ba", lambda: "x" + a)
show("ba*3", lambda: a * 3)
show("3*ba", lambda: 3 * a)
show("ba*0", lambda: a * 0)
show("ba*-1", lambda: a * -1)
show("ba*1.5", lambda: a * 1.5)
show("ba*ba", lambda: a * a)
x = bytearray(b"q")
y = x
x += b"rs"
x += bytearray(b"t")
x += b"u"
print("iadd", x, x is y)
x *= 2
print("imul", x, x is y)
x *= 0
print("imul0", x, x is y)
def iadd_str():
    z = bytearray()
    z += "s"
show("iadd str", iadd_str)
def imul_f():
    z = bytearray(b"a")
    z *= 1.5
show("imul float", imul_f)
show("mod", lambda: bytearray(b"%d-%s") % (5, b"x"))
show("mod ba arg", lambda: b"%s" % bytearray(b"inner"))
show("mod type", lambda: type(bytearray(b"%d") % 1).__name__)

# in
c = bytearray(b"hello")
show("in bytes", lambda: b"ell" in c)
show("in ba", lambda: bytearray(b"lo") in c)
show("in int", lambda: 104 in c)
show("in int no", lambda: 1 in c)
show("in int big", lambda: 300 in c)
show("in str", lambda: "h" in c)
show("in empty", lambda: b"" in c)
show("ba in bytes", lambda: bytearray(b"el") in b"hello")

# comparisons
p = bytearray(b"abc")
for other in [b"abc", b"abd", b"ab", bytearray(b"abc"), bytearray(b"b"), "abc", 1]:
    print(type(other).__name__, p == other, p != other, end=" ")
    for op in ("<", "<=", ">", ">="):
        try:
            print(eval("p " + op + " other"), end=" ")
        except TypeError as e:
            print("TypeError:", e, end=" ")
    print()
print(b"abc" == bytearray(b"abc"), b"abc" < bytearray(b"abd"), bytearray(b"\xff") > b"\x01")
show("hash", lambda: hash(bytearray(b"x")))
show("set of", lambda: {bytearray()})
show("dict key", lambda: {bytearray(): 1})

# iteration, len, bool
print(list(bytearray(b"abc")), len(bytearray(5)), bool(bytearray()), bool(bytearray(1)))
it = iter(bytearray(b"xy"))
print(next(it), next(it), next(it, "end"))
print(list(reversed(bytearray(b"abc"))))
print(sorted(bytearray(b"cab")), max(bytearray(b"cab")), sum(bytearray(b"\x01\x02")))

# interplay with bytes and friends
ba = bytearray(b"hi there")
print(bytes(ba), type(bytes(ba)).__name__)
print(b"-".join([bytearray(b"a"), b"b", bytearray(b"c")]))
print(bytearray(b"-").join([b"a", bytearray(b"b")]))
show("join str", lambda: b"".join([bytearray(b"a"), "b"]))
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(str(bytearray(b"caf\xc3\xa9"), "utf-8"), bytearray(b"caf\xc3\xa9").decode())
print(bytearray(b"abc").decode("ascii"), bytearray(b"abc").decode(encoding="latin-1"))
show("decode bad", lambda: bytearray(b"\xff").decode())
show("str(ba, enc) bad", lambda: str(bytearray(b"\xff"), "ascii"))
print(bytes(bytearray(b"x")) == b"x", isinstance(bytearray(), bytes), issubclass(bytearray, bytes))
print(type(bytearray(b"ab").hex()).__name__, bytearray(b"\x01\xab").hex(), bytearray(b"\x01\xab\xcd").hex(":", 2))
print(bytearray.fromhex("01 ab"), type(bytearray.fromhex("")).__name__)
show("fromhex bad", lambda: bytearray.fromhex("0g"))
print(float(bytearray(b"1.5")), int(bytearray(b"42")), int(bytearray(b"ff"), 16))
print(list(map(len, [bytearray(b"abc"), bytearray(7)])))
print(bytearray(b"abc").__alloc__() >= 4, bytearray().__alloc__() >= 0)

# subclass
class BA(bytearray):
    def extra(self):
        return len(self) * 2
s = BA(b"sub")
s.attr = 5
print(type(s).__name__, s, s.extra(), s.attr, s + b"!", type(s + b"!").__name__)
s.append(33)
print(repr(s), isinstance(s, bytearray), bytes(s))
