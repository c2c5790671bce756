# memoryview over bytes and bytearray: views, items, slices, casts, release

def show(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("view", r.tolist() if r.ndim else r.tobytes())
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

def attrs(m):
    return (m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly,
            m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)

b = b"abcdef"
m = memoryview(b)
print(attrs(m), m.obj is b, len(m), type(m).__name__)
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), list(m), m.tolist())
print(attrs(m[::2]), attrs(m[::-1]), attrs(m[2:2]))
print(m.tobytes(), m.tobytes("C"), m.tobytes(order="F"), m.tobytes("A"), m.hex(), m.hex(":"), m[::2].hex("-", 2))
print(bytes(m), bytes(m[1:4]), bytes(m[::2]), bytearray(m[::-2]), m[1:4].obj is b)
print(m == b, m == b"abcdeF", m == bytearray(b), m[1:3] == b"bc", m != b"x", m == "abcdef", m == 1)
print(m[0:2] == m[2:4], m[::2] == b"ace", memoryview(b"ab") == memoryview(bytearray(b"ab")))
print(hash(m) == hash(b), hash(m[::2]) == hash(b"ace"))
show("index 10", lambda: m[10])
show("index -7", lambda: m[-7])
show("index str", lambda: m["a"])
show("index float", lambda: m[1.0])
show("index tuple1", lambda: m[(1,)])
show("index tuple2", lambda: m[1, 2])
show("index ellipsis", lambda: m[...])
show("index empty tuple", lambda: m[()])
show("slice tuple", lambda: m[1:2, 3:4])
show("setitem readonly", lambda: m.__setitem__(0, 1))
show("delitem readonly", lambda: m.__delitem__(0))
show("lt", lambda: m < m)
show("ge bytes", lambda: m >= b"a")
show("tobytes bad order", lambda: m.tobytes("X"))
show("hash writable", lambda: hash(memoryview(bytearray(b"a"))))
show("hash int format", lambda: hash(memoryview(b"abcd").cast("i")))
show("step zero", lambda: m[::0])

# construction errors
show("int", lambda: memoryview(1))
show("str", lambda: memoryview("a"))
show("none", lambda: memoryview(None))
show("noargs", lambda: memoryview())
show("two", lambda: memoryview(b"", b""))
show("kw", lambda: memoryview(object=b"kw"))
show("bad kw", lambda: memoryview(obj=b"kw"))
show("of view", lambda: memoryview(memoryview(b"vv")[::-1]))

# writable views over bytearray
ba = bytearray(b"hello world")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = 72
w[-1] = ord("D")
print(ba)
w[6:11] = b"WORLD"
print(ba)
w[0:5] = bytearray(b"HOWDY")
print(ba)
w[::2] = b"abcdef"
print(ba)
w[1:3] = w[3:5]
print(ba)
s = w[2:8]
s[0] = 0x2a
print(ba, s.obj is ba, s.tobytes())
show("set 256", lambda: w.__setitem__(0, 256))
show("set -1", lambda: w.__setitem__(0, -1))
show("set str", lambda: w.__setitem__(0, "a"))
show("set bytes", lambda: w.__setitem__(0, b"a"))
show("set float", lambda: w.__setitem__(0, 1.0))
show("set out", lambda: w.__setitem__(20, 1))
show("set slice size", lambda: w.__setitem__(slice(0, 2), b"abc"))
show("set slice str", lambda: w.__setitem__(slice(0, 2), "ab"))
show("set slice int", lambda: w.__setitem__(slice(0, 2), 5))
show("set ext size", lambda: w.__setitem__(slice(0, 4, 2), b"abc"))
show("del item", lambda: w.__delitem__(0))
show("del slice", lambda: w.__delitem__(slice(0, 2)))
ro = w.toreadonly()
print(ro.readonly, ro.tobytes() == bytes(ba))
show("set toreadonly", lambda: ro.__setitem__(0, 1))
show("hash readonly of bytearray", lambda: hash(ro))

# bytes-like uses of views
v = memoryview(b"xyz")
print(b"a" + v, bytearray(b"a") + v, b"-".join([v, v[1:]]), v[1:] in b"xyz", b"y" in bytes(v))
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), str(memoryview(b"abc"), "ascii"), bytes(memoryview(b"q")).decode())
e = bytearray(b"ab")
e.extend(memoryview(b"cd"))
e += memoryview(b"ef")
e[0:0] = memoryview(b"__")
print(e, e == memoryview(b"__abcdef"), e.find(memoryview(b"cd")), e.startswith(memoryview(b"__")))

# cast
c = memoryview(bytearray(range(8)))
i = c.cast("i")
print(attrs(i), i.tolist(), i[0], i[-1], len(i))
h = c.cast("H")
print(h.tolist(), c.cast("b").tolist(), c.cast("c").tolist()[:3], c.cast("?").tolist()[:3], c.cast("q").tolist(), c.cast("Q").tolist())
print(c.cast("@B").format, c.cast("l").tolist(), c.cast("L").itemsize, c.cast("n").format, c.cast("N").tolist())
i[0] = -1
print(c.tolist(), i.tolist(), c.cast("I").tolist(), c.cast("h").tolist())
show("set i big", lambda: i.__setitem__(0, 2**31))
show("set I neg", lambda: c.cast("I").__setitem__(0, -1))
show("set c", lambda: c.cast("c").__setitem__(0, b"x"))
show("set c long", lambda: c.cast("c").__setitem__(0, b"xy"))
show("set c int", lambda: c.cast("c").__setitem__(0, 1))
show("set ? ", lambda: (c.cast("?").__setitem__(1, []), c[1])[1])
f = memoryview(bytearray(8)).cast("d")
f[0] = 1.5
print(f.tolist(), f[0], memoryview(bytearray(8)).cast("f").tolist())
f[0] = 3
print(f[0])
show("set d str", lambda: f.__setitem__(0, "1.0"))
g = memoryview(bytearray(8)).cast("f")
g[1] = 0.1
print(g.tolist())
m2 = c.cast("B", [2, 4])
print(attrs(m2), m2.tolist(), m2[1, 2], m2[-1, -1], len(m2), m2.tobytes(), m2.tobytes("F"), m2.tobytes("A"))
print(m2[::-1].tolist(), m2[1:].tolist(), m2.cast("B").tolist(), m2.cast("c", [8]).tolist()[:2])
m2[0, 0] = 99
print(m2.tolist()[0], c[0])
print(c.cast("B", (2, 2, 2)).tolist(), c.cast("B", [8]).shape, c.cast("i", [2]).shape)
show("2d index", lambda: m2[0])
show("2d tuple short", lambda: c.cast("B", (2, 2, 2))[0, 0])
show("2d tuple long", lambda: m2[0, 0, 0])
show("2d out", lambda: m2[2, 0])
show("2d iter", lambda: list(m2))
show("2d slice set", lambda: m2.__setitem__(slice(0, 1), b"abcd"))
show("cast bad len", lambda: memoryview(b"abcdef").cast("i"))
show("cast bad format", lambda: c.cast("x"))
show("cast endian", lambda: c.cast("<B"))
show("cast half", lambda: c.cast("e"))
show("cast two formats", lambda: c.cast("h").cast("i"))
show("cast noncontig", lambda: c[::2].cast("B"))
show("cast shape mismatch", lambda: c.cast("B", [3, 3]))
show("cast shape int", lambda: c.cast("B", 8))
show("cast shape zero", lambda: c.cast("B", [0, 8]))
show("cast shape neg", lambda: c.cast("B", [-1, -8]))
show("cast nd nd", lambda: m2.cast("B", [4, 2]))
show("cast bytes format", lambda: c.cast(b"B"))
show("cast empty shape", lambda: c.cast("B", []))
show("cast kw", lambda: c.cast(format="B", shape=[4, 2]))

# release and context manager
r = memoryview(b"abc")
r.release()
r.release()
print(repr(r).startswith("<released memory at 0x"), repr(memoryview(b"")).startswith("<memory at 0x"))
for label, f in [("len", lambda: len(r)), ("getitem", lambda: r[0]), ("tobytes", lambda: r.tobytes()),
                 ("tolist", lambda: r.tolist()), ("hex", lambda: r.hex()), ("format", lambda: r.format),
                 ("obj", lambda: r.obj), ("nbytes", lambda: r.nbytes), ("shape", lambda: r.shape),
                 ("cast", lambda: r.cast("B")), ("bytes", lambda: bytes(r)), ("memoryview", lambda: memoryview(r)),
                 ("eq self", lambda: r == r), ("eq bytes", lambda: r == b"abc"), ("hash", lambda: hash(r)),
                 ("enter", lambda: r.__enter__()), ("readonly", lambda: r.readonly)]:
    show("released " + label, f)
with memoryview(b"ctx") as cm:
    print(cm.tobytes(), cm[0])
show("after with", lambda: cm[0])
data = bytearray(b"lock")
with memoryview(data) as lm:
    show("resize in with", lambda: data.extend(b"x"))
    show("append in with", lambda: data.append(1))
    show("pop in with", lambda: data.pop())
    lm[0] = ord("L")
    data[1] = ord("O")
print(data)
data.extend(b"ed")
print(data)
print(list(iter(memoryview(b"it"))), [x for x in memoryview(b"ab").cast("c")])
