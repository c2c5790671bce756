# Module and class __annotations__, annotated assignments that do not bind, SETUP_ANNOTATIONS
# with a locals mapping that is not a dict.
import sys


class C:
    pass


print(C.__annotations__, "__annotations__" in C.__dict__)


class A:
    attr: int


class B(A):
    pass


print(B.__annotations__, A.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print(e)
m = type(sys)("m")
print(m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__ = 5
print(m.__annotations__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError", e)


def f2bad():
    (no_such_global): int
    print(no_such_global)


try:
    f2bad()
except NameError as e:
    print(type(e).__name__, e)


class CNS2:
    def __init__(self):
        self._dct = {}

    def __setitem__(self, item, value):
        self._dct[item] = value

    def __getitem__(self, item):
        return self._dct[item]


n = CNS2()
exec("x: int = 1", {}, n)
print(n._dct)
g = {}


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


exec("class K:\n  del __annotations__\n  with Ctx() as f:\n    try:\n"
     "      x: int\n    except NameError as e: print('NameError', e)\n",
     {"Ctx": Ctx})
try:
    exec("a.b: int", {})
except NameError as e:
    print("NameError", e)
try:
    exec("a[b]: int", {"a": 1})
except NameError as e:
    print("NameError", e)
exec("class K2:\n  (y): print('annotation evaluated')\n")
