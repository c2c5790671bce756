# The order of a function's __annotations__, and PEP 646's starred annotation of *args.
def f(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6:
    pass


print(f.__annotations__)


class Pack:
    def __iter__(self):
        return iter(["unpacked"])


def g(*args: *Pack()):
    pass


print(g.__annotations__)


class Single:
    def __iter__(self):
        return iter([1, 2])


try:
    def h(*args: *Single()):
        pass
except ValueError as e:
    print(type(e).__name__, e)
