# bytes methods compared with CPython: searching, splitting, padding, case, translation, hex

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = b"hello world, hello bytes"
# count / find / index with start, end and int needles
for args in [(b"l",), (b"l", 5), (b"l", 5, 12), (b"l", -5), (b"l", None, -3), (108,), (108, 3, 4),
             (b"",), (b"", 30), (b"", 24), (b"", 5, 2), (b"hello", 1), (b"zz",), (bytearray(b"o"),),
             (b"o", 2**70), (b"o", -2**70)]:
    print(args, s.count(*args), s.find(*args), s.rfind(*args), end=" ")
    for m in (s.index, s.rindex):
        try:
            print(m(*args), end=" ")
        except ValueError as e:
            print("ValueError", e, end=" ")
    print()
show("find noargs", lambda: s.find())
show("find str", lambda: s.find("h"))
show("find 256", lambda: s.find(256))
show("find -1", lambda: s.find(-1))
show("find float", lambda: s.find(1.5))
show("find bad start", lambda: s.find(b"h", "x"))
show("count kw", lambda: s.count(b"l", start=1))
show("count too many", lambda: s.count(b"l", 1, 2, 3))
show("index missing", lambda: s.index(b"q"))
show("rindex missing int", lambda: s.rindex(113))

# startswith / endswith
for args in [(b"hello",), (b"world", 6), (b"wor", 6, 8), (b"wor", 6, 9), ((b"x", b"he"),), (b"",), (b"", 30),
             (b"bytes", -5), (b"h", None, 0), (b"", 24, 24), (bytearray(b"hell"),)]:
    print(args, s.startswith(*args), s.endswith(*args))
show("startswith str", lambda: s.startswith("h"))
show("startswith tuple str", lambda: s.startswith((b"h", "h")))
show("endswith int", lambda: s.endswith(1))
show("startswith list", lambda: s.startswith([b"h"]))

# split / rsplit
for t in [b"a b  c ", b"  lead", b"trail  ", b"", b"   ", b"\ta\x0bb\x0cc\rd\ne\x1cf"]:
    print(t, t.split(), t.rsplit(), t.split(None, 1), t.rsplit(None, 1), t.split(maxsplit=0), t.rsplit(maxsplit=0))
for sep in [b",", b", ", b"x", bytearray(b",")]:
    t = b"a,b,,c, d"
    print(sep, t.split(sep), t.rsplit(sep), t.split(sep, 1), t.rsplit(sep, 1), t.split(sep, -1), t.split(sep=sep, maxsplit=2))
print(b"aaa".split(b"aa"), b"aaa".rsplit(b"aa"), b"".split(b","), b",".split(b","))
show("split empty", lambda: b"a".split(b""))
show("rsplit empty", lambda: b"a".rsplit(b""))
show("split str", lambda: b"a".split(","))
show("split maxsplit str", lambda: b"a".split(b",", "1"))
show("split maxsplit float", lambda: b"a".split(b",", 1.0))
show("split bad kw", lambda: b"a".split(sepx=b","))

# partition
for sep in [b"l", b"o w", b"zz", b"hello", b"bytes"]:
    print(sep, s.partition(sep), s.rpartition(sep))
show("partition empty", lambda: s.partition(b""))
show("partition str", lambda: s.partition("l"))
show("rpartition int", lambda: s.rpartition(1))

# strip family
t = b"  \t\n xxhixx \r\x0b\x0c"
print(t.strip(), t.lstrip(), t.rstrip(), t.strip(None), t.strip(b" \txr\n\x0b\x0c"), b"xyzabczyx".strip(b"xyz"), b"aaa".strip(b"a"))
print(b"abc".lstrip(bytearray(b"a")), b"abc".rstrip(b"c"), b"".strip())
show("strip str", lambda: b"abc".strip("a"))
show("strip int", lambda: b"abc".strip(97))

# replace
for args in [(b"l", b"L"), (b"l", b"L", 2), (b"l", b"", -1), (b"", b"-"), (b"", b"-", 3), (b"hello", b"bye"), (b"zz", b"q"), (b"l", b"L", 0)]:
    print(args, s.replace(*args))
print(b"".replace(b"", b"x"), b"".replace(b"a", b"x"), b"aaaa".replace(b"aa", b"b"))
show("replace str", lambda: s.replace("l", b"L"))
show("replace count str", lambda: s.replace(b"l", b"L", "2"))
show("replace kw", lambda: s.replace(old=b"l", new=b"L"))

# splitlines
for t in [b"a\nb\r\nc\rd", b"a\n\nb\n", b"", b"\n", b"no newline", b"x\x0by\x0cz\x1c", b"\r\r\n\n"]:
    print(t, t.splitlines(), t.splitlines(True), t.splitlines(keepends=True))

# padding
for w in [0, 5, 10, 11, -3]:
    print(w, b"abcde".center(w), b"abcde".center(w, b"*"), b"abcde".ljust(w, b"-"), b"abcde".rjust(w, b"-"), b"abcde".zfill(w))
print(b"ab".center(5, b"*"), b"ab".center(6, b"*"), b"abc".center(6, b"*"), b"abc".center(7, b"*"))
print(b"-42".zfill(6), b"+42".zfill(6), b"42".zfill(6), b"-".zfill(3), b"".zfill(3), b"a-1".zfill(5))
show("center str fill", lambda: b"a".center(5, "*"))
show("ljust long fill", lambda: b"a".ljust(5, b"**"))
show("rjust ba fill", lambda: b"a".rjust(5, bytearray(b"*")))
show("zfill str", lambda: b"a".zfill("5"))
show("center float", lambda: b"a".center(5.0))

# expandtabs
for t in [b"a\tb", b"\t", b"ab\tcd\tef", b"a\nb\tc", b"a\r\tb", b"12345678\tx", b""]:
    print(t, t.expandtabs(), t.expandtabs(4), t.expandtabs(0), t.expandtabs(tabsize=1), t.expandtabs(-1))
show("expandtabs str", lambda: b"\t".expandtabs("4"))

# case
for t in [b"hello World", b"HELLO", b"hello", b"Hello World", b"hello   world", b"123abc", b"a1b2", b"\xe9t\xe9", b"", b"they're bill's", b"ABC def GHI"]:
    print(t, t.lower(), t.upper(), t.swapcase(), t.title(), t.capitalize())
    print("  ", t.isalpha(), t.isalnum(), t.isdigit(), t.isspace(), t.isascii(), t.islower(), t.isupper(), t.istitle())
print(b" \t\n\r\x0b\x0c".isspace(), b"\x1c".isspace(), b"A B".istitle(), b"Ab Cd".istitle(), b"AB".istitle(), b"1".istitle(), b"1A".istitle())

# removeprefix / removesuffix
print(s.removeprefix(b"hello "), s.removeprefix(b"xyz"), s.removeprefix(b""), s.removesuffix(b"bytes"), s.removesuffix(b""), b"abc".removesuffix(b"abc"), b"ab".removeprefix(b"abc"))
show("removeprefix str", lambda: s.removeprefix("h"))
show("removesuffix none", lambda: s.removesuffix(None))

# maketrans / translate
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], type(table).__name__)
print(b"aabbcc".translate(table), b"aabbcc".translate(table, b"b"), b"aabbcc".translate(None, b"ac"), b"abc".translate(None), b"abc".translate(table, delete=b"c"))
print(bytes.maketrans(b"", b"") == bytes(range(256)), bytearray.maketrans(bytearray(b"a"), b"b")[97])
show("maketrans len", lambda: bytes.maketrans(b"ab", b"c"))
show("maketrans str", lambda: bytes.maketrans("a", "b"))
show("translate short", lambda: b"a".translate(b"abc"))
show("translate str", lambda: b"a".translate("x" * 256))
show("translate delete str", lambda: b"a".translate(None, "a"))

# hex / fromhex
v = b"\x01\x02\x03\x04\x05\xab\xcd"
print(v.hex(), v.hex(":"), v.hex(":", 2), v.hex(":", -2), v.hex(b"-", 3), v.hex(" ", -3), v.hex(sep="_", bytes_per_sep=4), v.hex(":", 0), v.hex(":", 100))
print(b"".hex(), b"".hex(":"), b"\xff".hex(":", 2))
show("hex sep long", lambda: v.hex("::"))
show("hex sep int", lambda: v.hex(1))
show("hex sep none", lambda: v.hex(None))
show("hex sep nonascii", lambda: v.hex("\xe9"))
show("hex sep ba", lambda: v.hex(bytearray(b":")))
show("hex bps str", lambda: v.hex(":", "2"))
print(bytes.fromhex("01ab CD ef"), bytes.fromhex(""), bytes.fromhex("  0a  "), bytes.fromhex("\t0a\n0b"))
show("fromhex odd", lambda: bytes.fromhex("abc"))
show("fromhex bad", lambda: bytes.fromhex("0x12"))
show("fromhex split", lambda: bytes.fromhex("a b"))
show("fromhex bytes", lambda: bytes.fromhex(b"ab"))
show("fromhex nonascii", lambda: bytes.fromhex("\u0660\u0661"))
show("fromhex noargs", lambda: bytes.fromhex())

# join
print(b", ".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), b"x".join([b"only"]), b"-".join(iter([b"1", b"2"])))
show("join int items", lambda: b"".join([1, 2]))
show("join not iterable", lambda: b"".join(5))
show("join str item", lambda: b"".join([b"a", "b"]))

# decode
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), b"abc".decode(encoding="utf-8", errors="strict"))
show("decode bad", lambda: b"\xc3".decode())
show("decode ascii", lambda: b"\x80".decode("ascii"))
show("decode enc int", lambda: b"a".decode(1))
show("decode unknown", lambda: b"a".decode("nope"))

# constructor
show("bytes()", lambda: bytes())
show("bytes(3)", lambda: bytes(3))
show("bytes(list)", lambda: bytes([1, 2, 3]))
show("bytes(ba)", lambda: bytes(bytearray(b"ba")))
show("bytes(str, enc)", lambda: bytes("h\xe9", "utf-8"))
show("bytes(source=)", lambda: bytes(source=b"kw"))
show("bytes(str)", lambda: bytes("abc"))
show("bytes(int, enc)", lambda: bytes(1, "utf-8"))
show("bytes(errors=)", lambda: bytes(b"x", errors="strict"))
show("bytes(str, errors=)", lambda: bytes("x", errors="strict"))
show("bytes(encoding=)", lambda: bytes(encoding="utf-8"))
show("bytes(errors= only)", lambda: bytes(errors="strict"))
show("bytes(-1)", lambda: bytes(-1))
show("bytes([256])", lambda: bytes([256]))
show("bytes(['a'])", lambda: bytes(["a"]))
show("bytes(1.5)", lambda: bytes(1.5))
show("bytes(None)", lambda: bytes(None))
show("bytes too many", lambda: bytes(b"", "a", "b", "c"))
show("bytes bad kw", lambda: bytes(x=1))
show("bytes(gen)", lambda: bytes(i for i in range(3)))

class WithBytes:
    def __bytes__(self):
        return b"dunder"
class BadBytes:
    def __bytes__(self):
        return "not bytes"
show("__bytes__", lambda: bytes(WithBytes()))
show("bad __bytes__", lambda: bytes(BadBytes()))

# subclasses keep their type
class B(bytes):
    def twice(self):
        return self + self
x = B(b"sub")
x.attr = 1
print(type(x).__name__, x, x.twice(), type(x.twice()).__name__, x == b"sub", x.attr, bytes(x), type(bytes(x)).__name__)
print(repr(x), len(x), x[0], x.upper(), type(x.upper()).__name__, isinstance(x, bytes), B.fromhex("41"), type(B.fromhex("41")).__name__)
print(x.__getnewargs__(), b"plain".__getnewargs__(), b"a".__bytes__())

# operators and comparisons
print(b"a" + b"b", b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__, b"ab" * 2, 2 * b"ab", b"ab" * -1)
print(b"a" < b"b", b"a" <= b"a", b"b" > b"a", b"b" >= b"c", b"\xff" > b"\x01", b"ab" < b"abc", b"" < b"\x00")
print(b"a" == "a", b"a" != "a", b"a" == bytearray(b"a"), b"a" != bytearray(b"a"))
show("bytes < str", lambda: b"a" < "a")
show("bytes + str", lambda: b"a" + "a")
show("bytes * float", lambda: b"a" * 1.5)
key = "x"
show("bytes[str]", lambda: b"a"[key])
show("bytes[5]", lambda: b"a"[5])
print(b"%s and %b and %c and %d" % (b"x", bytearray(b"y"), bytearray(b"z"), 5), b"%c" % 65)
print(97 in b"abc", b"bc" in b"abc", bytearray(b"z") in b"abc", b"" in b"")
show("str in bytes", lambda: "a" in b"abc")
show("300 in bytes", lambda: 300 in b"abc")
