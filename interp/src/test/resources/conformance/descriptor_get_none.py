# Descriptors looked up on None itself see None as the instance; only an explicit
# __get__(None, owner) call means "no instance".
print(None.__class__, isinstance(None.__class__, type))
print(None.__class__ is type(None), None.__doc__ is None)


class P:
    @property
    def x(self):
        return 1

    @classmethod
    def c(cls):
        return cls.__name__

    def m(self):
        return "m"


prop = P.__dict__["x"]
print(prop.__get__(None, P) is prop, prop.__get__(P()))
for call in (lambda: prop.__get__(None, None), lambda: P.__dict__["m"].__get__(None, None),
             lambda: int.__dict__["real"].__get__(None, None)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(P.__dict__["c"].__get__(None, P)(), P.__dict__["c"].__get__(P())())
print(P.__dict__["m"].__get__(None, P) is P.__dict__["m"], P.__dict__["m"].__get__(P())())
print(int.__dict__["real"].__get__(None, int), int.__dict__["real"].__get__(5))
print(str.__dict__["upper"].__get__(None, str), str.__dict__["upper"].__get__("a")())
print(object.__dict__["__class__"].__get__(None, object))


class D:
    def __get__(self, obj, owner):
        return obj, owner


class Q:
    d = D()


print(Q.d, Q().d[1] is Q, Q.__dict__["d"].__get__(None, Q))


class NoneLike:
    __slots__ = ("a",)


print(NoneLike.a.__get__(None, NoneLike) is NoneLike.a)
try:
    NoneLike.a.__get__(None)
except TypeError as e:
    print("TypeError:", e)
