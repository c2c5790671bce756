"""Extra programs for the code attribute test: scopes, parameters and code object kinds."""
import functools


def positional_only(a, b, /, c, d=4, *, e, f=6):
    return a + b + c + d + e + f


def star_args(*args, **kwargs):
    return len(args) + len(kwargs)


def mixed(a, /, b, *rest, key=None, **extra):
    return a, b, rest, key, extra


def only_kwonly(*, x, y=2):
    return x * y


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


def cell_argument(x, y):
    def use():
        return x + 1
    return use() + y


def deep(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle


def generator(n):
    for i in range(n):
        yield i * i


def delegating(items):
    yield from items
    return len(items)


def lambdas(k):
    add = lambda x, y=1: x + y + k
    ident = lambda *a, **kw: (a, kw)
    return add(1), ident(2, z=3)


def comprehensions(xs, n):
    a = [x * n for x in xs]
    b = {x: y for x in xs for y in range(n) if x > y}
    c = {x % n for x in xs}
    d = list(x + n for x in xs)
    e = [[i * j for j in range(i)] for i in xs]
    return a, b, c, d, e


def walrus(xs):
    found = [last := x for x in xs if x > 1]
    return found, last


class Base:
    attr = 1

    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v

    @staticmethod
    def static(a, b):
        return a - b

    @classmethod
    def klass(cls, *args):
        return cls(*args)

    @property
    def prop(self):
        return self.v * 2


class Derived(Base):
    def method(self):
        return super().method() + 1

    def uses_class(self):
        return __class__

    class Nested:
        def deep(self):
            return [self for _ in range(2)]


def make_class(base):
    class Local(base):
        def get(self):
            return base
    return Local


def global_user():
    global GLOBAL_VALUE
    GLOBAL_VALUE = 3
    return GLOBAL_VALUE + len(str(GLOBAL_VALUE))


def uses_builtins(seq):
    return sorted(seq, key=functools.cmp_to_key(lambda a, b: a - b))


def try_except(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        msg = str(e)
        return msg
    finally:
        x = None


def with_statement(path):
    with open(path) as fh, open(path) as other:
        return fh.read() + other.read()


def decorated(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@decorated
def target(a, b=2):
    return a * b


def annotations(a: int, b: "str" = "x", *c: float, d: list, **e: dict) -> None:
    local: int = 1
    return local


def match_statement(v):
    match v:
        case [x, y, *rest]:
            return x + y + len(rest)
        case {"k": value, **others}:
            return value, others
        case Base(attr=a) as whole:
            return a, whole
        case str() | bytes():
            return 0
        case _:
            return None


def genexp_closure(n):
    return sum(i * n for i in range(n))


def class_scope_names():
    class C:
        x = 1
        y = [z * 2 for z in range(x)]

        def m(self):
            return x
    return C


def free_in_class(v):
    class K:
        val = v

        def get(self):
            return v
    return K


def deleting(a):
    b = a
    del b
    del a


def imports():
    import os.path
    from sys import path as p
    import collections.abc as abc
    return os.path, p, abc


def unused_locals(a, b):
    c = 1
    d = 2


def kwonly_defaults_with_closure(*, scale=2):
    return lambda v: v * scale


print(positional_only(1, 2, 3, e=5), star_args(1, 2, a=3), mixed(1, 2, 3, key=4, z=5))
print(only_kwonly(x=3), counter()[0](), cell_argument(1, 2), deep(1)(2)(3))
print(list(generator(4)), list(delegating([1, 2])), lambdas(3), comprehensions([1, 2, 3], 2))
print(walrus([1, 2, 3]), Derived(2).method(), Base.klass(5).prop, make_class(Base)(1).get())
print(global_user(), uses_builtins([3, 1, 2]), try_except(0), target(3), annotations(1, d=[]))
print(match_statement([1, 2, 3]), genexp_closure(3), class_scope_names(), free_in_class(9)().get())
