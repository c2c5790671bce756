# types.SimpleNamespace and sys.implementation
import sys

NS = type(sys.implementation)
print(type(sys.implementation) is NS, NS.__module__, NS.__name__, NS.__qualname__)
impl = sys.implementation
print(sorted(k for k in vars(impl)), type(impl.name).__name__, impl.cache_tag.endswith("-311"))
print(type(impl.hexversion).__name__, impl.version[:0], len(impl.version))
print(sorted(NS.__dict__))
print(repr(NS.__dict__["__dict__"]))
print(NS.__doc__)

n = NS(b=2, a=1)
print(n, n.a, n.b, vars(n))
n.c = [n]
n.self = n
print(n)
del n.c, n.self
print(n)
try:
    del n.zz
except AttributeError as e:
    print("AttributeError", e)


class Sub(NS):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = True


s = Sub(x=1)
print(s, sorted(Sub.__dict__), isinstance(s, NS))
print(NS(a=1) == NS(a=1), NS(a=1) != NS(a=2), NS(a=1) == Sub(a=1), NS(a=1) == {"a": 1})
print(NS(a=1) == Sub(a=1, extra=True))
for bad in (lambda: NS(1), lambda: NS(1, a=2), lambda: NS().__init__(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    hash(NS())
except TypeError as e:
    print("TypeError", e)
try:
    NS() < NS()
except TypeError as e:
    print("TypeError", e)

m = NS()
m.__dict__[1] = "int key"
m.__dict__[""] = "empty"
m.__dict__["ok"] = 3
print(m)
r = NS(a=1, b=[2]).__reduce__()
print(r[0] is NS, r[1], r[2])
n2 = NS(a=1)
n2.__init__(b=2)
print(n2)
print(NS(**{"with space": 1, "x": 2}))
