# __set_name__ errors wrapped in RuntimeError, method(function, instance), class statements
# whose metaclass comes from **kwargs, and comparison methods whose binding fails.

class Descriptor:
    def __set_name__(self, owner, name):
        1 / 0


try:
    class NotGoingToWork:
        attr = Descriptor()
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)


class WrongSetName:
    def __set_name__(self):
        pass


try:
    class AlsoNot:
        x = WrongSetName()
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)


class K:
    def m(self):
        pass


MethodType = type(K().m)
for args, kw in [((), {}), ((len,), {}), ((len, 1, 2), {}), ((1, 2), {}),
                 ((len, None), {}), ((len, 1), {'x': 1})]:
    try:
        print(MethodType(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
bound = MethodType(len, [1, 2])
print(bound(), bound.__self__, bound.__func__)


class ClassMethodLike:
    def __init__(self, f):
        self.f = f

    def __get__(self, instance, owner):
        return MethodType(self.f, owner)


class UsesIt:
    @ClassMethodLike
    def who(cls):
        return cls.__name__


print(UsesIt.who(), UsesIt().who())


class Meta(int):
    def __init__(*args, **kwargs):
        pass

    def __new__(cls, name, bases, attrs, **kwargs):
        return bases, kwargs


d = {'metaclass': Meta}


class A(**d): pass
print(A)


class A(0, 1, 2, 3, 4, 5, 6, 7, **d): pass
print(A)


class A(*[1, 2], 3, x=3, **d): pass
print(A)


def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)
    __lt__ = property(booh)


print(E() == E(), E() != E())
try:
    E() < E()
except TypeError as e:
    print(e)


class Raises:
    def __eq__(self, other):
        raise AttributeError("from the call")


try:
    Raises() == 1
except AttributeError as e:
    print(e)
