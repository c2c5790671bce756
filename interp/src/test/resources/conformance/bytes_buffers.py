# bytes-like objects across bytes, bytearray and memoryview: iterators, subclasses, conversions

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for x in (b"ab", bytearray(b"ab"), memoryview(b"ab")):
    it = iter(x)
    print(type(it).__name__, next(it), list(it), list(it))

class Odd(bytes):
    def __getitem__(self, i):
        return 0
o = Odd(b"xyz")
print(list(o), o[0], bytes(o), memoryview(o).tobytes(), bytearray(o), b"-".join([o, o]))

class OddArray(bytearray):
    def __len__(self):
        return 99
a = OddArray(b"pq")
print(list(a), len(a), bytes(a), a + b"!", repr(a))

ints = memoryview(bytearray(b"\x01\x00\x00\x00\x02\x00\x00\x00")).cast("i")
print(bytes(ints), bytearray(ints), list(ints), len(ints), ints.nbytes, b"" + ints, ints == [1, 2], ints.tolist() == [1, 2])
print(memoryview(ints).format, memoryview(ints).tolist(), memoryview(b"ab") == memoryview(b"ab").cast("c"))
print(ints.cast("B").tolist(), ints.cast("c").cast("h").tolist())

ba = bytearray(b"0123456789")
view = memoryview(ba)[2:8:2]
print(view.tobytes(), view.strides, bytes(view), bytearray(view))
ba[2] = ord("X")
print(view.tobytes(), view[0])
ba[:] = b"abcdefghij"
print(view.tobytes())
show("join strided view", lambda: b"".join([view]))
show("bytes find view", lambda: b"aXcX".find(memoryview(b"cX")))
show("strip view", lambda: b"xxaxx".strip(memoryview(b"x")))
show("split view", lambda: b"a,b".split(memoryview(b",")))
show("replace views", lambda: b"a-b".replace(memoryview(b"-"), bytearray(b"+")))
show("translate view table", lambda: b"ab".translate(memoryview(bytes.maketrans(b"a", b"z"))))
show("fromhex subclass", lambda: type(OddArray.fromhex("00")).__name__)
show("int from view", lambda: int(memoryview(b"12")))
show("int bad view", lambda: int(memoryview(b"1x")))
show("int bad bytearray", lambda: int(bytearray(b"1x")))
show("float bytearray", lambda: float(bytearray(b" 2.5 ")))
show("int base bytearray", lambda: int(bytearray(b"z"), 36))
show("int base view", lambda: int(memoryview(b"1"), 10))
show("ord bytearray", lambda: ord(bytearray(b"a")))
show("ord long bytearray", lambda: ord(bytearray(b"ab")))
show("str bytearray", lambda: str(bytearray(b"\xc3\xa9"), "utf-8"))
show("str view", lambda: str(memoryview(b"ok"), encoding="ascii"))
show("str int enc", lambda: str(5, "utf-8"))
show("percent b view", lambda: b"%b|%s" % (memoryview(b"v"), bytearray(b"w")))
show("percent c bytearray", lambda: b"%c" % bytearray(b"q"))
show("percent c long", lambda: b"%c" % bytearray(b"qq"))
show("isinstance", lambda: [isinstance(x, (bytes, bytearray)) for x in (b"", bytearray(), memoryview(b""))])
strided = memoryview(b"abcdef")[::2]
show("concat strided", lambda: b"a" + strided)
show("bytearray concat strided", lambda: bytearray(b"a") + strided)
show("find strided", lambda: b"ace".find(strided))
show("in strided", lambda: strided in b"ace")
show("eq strided", lambda: (bytearray(b"ace") == strided, b"ace" == strided, strided == b"ace"))
show("bytes strided", lambda: (bytes(strided), bytearray(strided), memoryview(strided).tobytes()))
show("slice-assign strided", lambda: bytearray(b"xyz").__setitem__(slice(0, 2), strided))
