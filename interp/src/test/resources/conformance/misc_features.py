import sys
# walrus, chained assignment, conditional imports, star expressions
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
first, *_, last = data
print(first, last, _)
# slicing objects
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
s = Seq()
print(s[1], s[1:2], s[::3], s[:-1], s[1, 2])
# keyword arguments everywhere
def kw(a, *, b=2, **rest):
    return a, b, sorted(rest.items())
print(kw(1), kw(1, b=3, z=0, y=9), kw(**{"a": 5}))
# nested data structures and equality
tree = {"a": [1, {"b": (2, 3)}], "c": None}
print(tree, tree == {"c": None, "a": [1, {"b": (2, 3)}]}, str(tree)[:10])
# bools and none comparisons
print(None is None, None == 0, [] == [], [] is [], 0 == False, "" == False)
# integer edge cases
print(int("-0"), -0, 0 ** 0, (-1) ** 0.5 if False else "skip", 10 ** -2, 7 // 1.5, 7 % 2.5, -7 % 2.5)
print(2 ** 64 - 1, (2 ** 64) // 3, -(2 ** 64) // 3, (2 ** 64) % 7, -(2 ** 64) % 7, abs(-2 ** 63))
print(float(10 ** 20), int(2.5e9), 1_000_000, 0b1010, 0o17, 0xFF, 1e3, 12_3.4_5)
# string/bytes
b = b"bytes\x00\xff"
print(b, len(b), b[0], b[-1], list(b[:3]), "héllo".encode(), b"abc".decode(), bytes(3), bytes([65, 66]))
# multiple targets and swaps
a = [1, 2, 3]
a[0], a[2] = a[2], a[0]
print(a)
i = 0
a[i], i = 10, 2
print(a, i)
# global builtins shadowing
len_ = len
def len(x):
    return "shadowed"
print(len([1]), len_([1]))
del len
print(len([1, 2]))
print(sys.getrecursionlimit(), type(sys.stdout).__name__, sys.stdout.write("direct\n"))
print(*[1, 2, 3], sep="-")
print("a", "b", file=sys.stdout, end="")
print()
print(repr(""), repr(" "), str(), list(), tuple(), dict(), set(), frozenset(), bool(), int(), float())
