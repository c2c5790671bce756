# Index-sized arguments beyond 32 and 64 bits: limits clamp, sizes overflow or fail to allocate,
# formats refuse huge widths, as CPython 3.11 does (never a Java exception).
import sys
import types


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "a b c".split(None, 2**64))
t(lambda: "a b c".split(None, sys.maxsize))
t(lambda: "a b c".rsplit(None, sys.maxsize))
t(lambda: "a b c".replace("b", "x", sys.maxsize))
t(lambda: "a b c".replace("b", "x", 2**64))
t(lambda: "ab".center(2**64))
t(lambda: "ab".zfill(2**64))
t(lambda: "ab".expandtabs(2**64))
t(lambda: "%*d" % (2**64, 3))
t(lambda: "%.*d" % (2**64, 3))
t(lambda: '%%%df' % (2**64) % 3.2)
t(lambda: '%%.%df' % (2**64) % 3.2)
t(lambda: '%%%dd' % (2**64) % 3)
t(lambda: '%%.%dd' % (2**64) % 3)
t(lambda: "abc"[2**64])
t(lambda: "abc".find("b", 0, 2**100))
t(lambda: "abc".find("b", 0, sys.maxsize))
t(lambda: "abc".count("b", -2**100, 2**100))
t(lambda: "abc".index("b", -2**100))
t(lambda: "abc".startswith("b", 2**100))
t(lambda: "abc".endswith("c", -2**100, 2**100))
t(lambda: b"abc".find(b"b", 0, 2**100))
t(lambda: round(1.5, 2**64))
t(lambda: round(1.5, -2**64))
t(lambda: (5).to_bytes(2**64, 'big'))
t(lambda: "a" * 2**64)
t(lambda: "a" * sys.maxsize)
t(lambda: int("18446744073709551616"))
t(lambda: format(3, "18446744073709551616d"))
t(lambda: "{:18446744073709551616}".format(3))
t(lambda: "{0:.18446744073709551616}".format(3.2))
t(lambda: "{18446744073709551616}".format(3))
t(lambda: "{0[18446744073709551616]}".format([3]))
t(lambda: round(-1.5e300, -2**40))
t(lambda: round(1.5e300, -400))
t(lambda: round(1.5e300, -300))
t(lambda: "ab" * (2**62))
t(lambda: "" * (2**62))
t(lambda: "{0[18446744073709551616]}".format({18446744073709551616: 5}))
t(lambda: "%*s|" % (-5, 'a'))
t(lambda: "%5.2s|" % ('abc'))
t(lambda: b"%*d" % (2**64, 3))
t(lambda: b'%%%dd' % (2**64) % 3)
t(lambda: b'%%.%dd' % (2**64) % 3)


class A:
    pass


def f(self, x):
    return (self, x)


a = A()
m = types.MethodType(f, a)
print(m(3)[1], m.__self__ is a, m.__func__ is f)
t(lambda: types.MethodType(f))
t(lambda: types.MethodType(1, a))
t(lambda: types.MethodType(f, None))
t(lambda: types.MethodType(f, a, 3))
t(lambda: types.MethodType(function=f, instance=a))
t(lambda: type((1).__add__)(f, a))

# split and rsplit with a limit keep the rest's whitespace; rsplit works from the right
for s in ['  a    b   ', 'a\tb\nc ', '   ', '', 'abbbc', 'a b c d']:
    for n in [-1, 0, 1, 2, sys.maxsize]:
        print(repr(s), n, s.split(None, n), s.rsplit(None, n))
print('abbbc'.rsplit('bb'), 'abbbc'.split('bb'), 'aaaa'.rsplit('aa', 1), 'a,b,,c'.rsplit(',', -5))

# Python 2's print >>f gets CPython's hint; other shifts and >>= do not
for src in ("print >> sys.stderr", "print >>= 1", "len >> 1", "print << 1"):
    try:
        exec(src)
    except TypeError as e:
        print(e)
