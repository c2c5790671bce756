# object's classmethods, dir(), __dict__/__weakref__ descriptors, __flags__, abstract classes


class Plain:
    pass


print(object.__subclasshook__(), Plain.__subclasshook__(int), Plain.__subclasshook__.__self__ is Plain)
print(type(object.__dict__["__subclasshook__"]).__name__ in ("classmethod", "classmethod_descriptor"))
try:
    object.__subclasshook__(1, 2)
except TypeError as e:
    print("TypeError")


class Hooked:
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack")


print(sorted(set(dir(object)) - {"__getstate__"}))
print(sorted(set(dir(Plain)) - set(dir(object))))
print("__module__" in object.__dict__, "__dict__" in object.__dict__, "__doc__" in object.__dict__)
print("__module__" in int.__dict__, "__dict__" in int.__dict__, int.__module__, Plain.__module__)
print(sorted(Plain.__dict__))


class Child(Plain):
    pass


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class SlottedDict:
    __slots__ = ("x", "__dict__")


class IntSub(int):
    pass


class ListSub(list):
    pass


class ExcSub(Exception):
    pass


for c in (Child, Slotted, SlottedWeak, SlottedDict, IntSub, ListSub, ExcSub):
    print(c.__name__, sorted(k for k in c.__dict__ if k in ("__dict__", "__weakref__", "__slots__")))
print(repr(Plain.__dict__["__dict__"]), repr(Plain.__dict__["__weakref__"]))
p = Plain()
p.a = 1
print(p.__dict__, p.__weakref__)
print(sorted(k for k in dir(p) if not k.startswith("__")), "a" in dir(p))
sd = SlottedDict()
sd.x = 1
sd.y = 2
print(sd.__dict__, sorted(k for k in dir(sd) if k in ("x", "y")))
try:
    Slotted().y = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__module__ = "x"
except TypeError as e:
    print("TypeError", e)
Plain.__module__ = "elsewhere"
print(Plain.__module__, repr(Plain))


class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(WithDir()), dir(WithDir)[:3] == sorted(dir(WithDir))[:3])


class Meta(type):
    def __dir__(cls):
        return ["meta_listed"]


class UsesMeta(metaclass=Meta):
    x = 1


print(dir(UsesMeta), "x" in type.__dir__(UsesMeta))
print("mro" in dir(type), "mro" in dir(int), "__mro__" in dir(int))

HEAPTYPE, BASETYPE, ABSTRACT = 1 << 9, 1 << 10, 1 << 20
print(bool(Plain.__flags__ & HEAPTYPE), bool(int.__flags__ & HEAPTYPE), bool(int.__flags__ & BASETYPE))
print(bool(bool.__flags__ & BASETYPE), bool(IntSub.__flags__ & (1 << 24)), bool(ListSub.__flags__ & (1 << 25)))
print(bool(ExcSub.__flags__ & (1 << 30)), bool(Meta.__flags__ & (1 << 31)), bool(dict.__flags__ & (1 << 29)))
print(bool(list.__flags__ & (1 << 5)), bool(dict.__flags__ & (1 << 6)), bool(str.__flags__ & (1 << 5)))


class Abs:
    pass


Abs.__abstractmethods__ = frozenset({"g", "f"})
print(bool(Abs.__flags__ & ABSTRACT), sorted(Abs.__abstractmethods__))
try:
    Abs()
except TypeError as e:
    print("TypeError", e)
Abs.__abstractmethods__ = frozenset({"only"})
try:
    Abs()
except TypeError as e:
    print("TypeError", e)
Abs.__abstractmethods__ = ()
print(type(Abs()).__name__, bool(Abs.__flags__ & ABSTRACT))
del Abs.__abstractmethods__
for t in (type, Plain):
    try:
        t.__abstractmethods__
    except AttributeError as e:
        print("AttributeError", e)
