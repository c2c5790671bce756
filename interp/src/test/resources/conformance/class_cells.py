# The implicit __class__ cell of class bodies next to a class's own __class__ name, and __debug__.
class Base:
    def who(self):
        return "Base"


class Shadow(Base):
    def who(self):
        return "Shadow/" + super().who()
    __class__ = 413


print(Shadow().who(), Shadow.__dict__["__class__"], type(Shadow()).__name__)


class Outer:
    def make(self):
        class Inner:
            seen = __class__

            def get():
                return __class__
        return Inner


Inner = Outer().make()
print(Inner.seen.__name__, Inner.get().__name__)

try:
    exec("class X:\n    __class__\n    def f():\n        __class__\n", {}, {})
except NameError as e:
    print(type(e).__name__, e)


class Declared:
    global __class__
    __class__ = 42

    def f(self):
        return __class__


print(globals()["__class__"], Declared().f() is Declared)
del globals()["__class__"]


def debug_value():
    if __debug__:
        return __debug__, debug_value.__code__.co_names
    return None


print(debug_value(), __debug__)
