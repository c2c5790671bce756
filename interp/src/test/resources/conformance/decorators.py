import sys


def trace(label):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            print(f"[{label}] {fn.__name__}{args} {kwargs}")
            result = fn(*args, **kwargs)
            print(f"[{label}] -> {result!r}")
            return result
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return decorate


def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner


@trace("math")
def add(a, b=0):
    "Adds."
    return a + b


@memoize
def slow_square(n):
    print("computing", n)
    return n * n


add(1, b=2)
add(5)
print(add.__name__, add.__doc__)
print(slow_square(4), slow_square(4), sorted(slow_square.cache.items()))


def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco


REG = {}


@register(REG)
class Alpha:
    pass


@register(REG)
class Beta(Alpha):
    pass


print(sorted(REG), issubclass(REG["Beta"], REG["Alpha"]))


class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Data:
    calls = 0

    @cached_property
    def expensive(self):
        Data.calls += 1
        return [1, 2, 3]


d = Data()
print(d.expensive, d.expensive, Data.calls, type(Data.expensive).__name__)


def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper


@count_calls
def noop():
    pass


for _ in range(3):
    noop()
print(noop.calls)
stack = []


class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        stack.append(self.name)
        return self

    def __exit__(self, et, ev, tb):
        stack.pop()
        if et is KeyError:
            print("suppressed", ev)
            return True


with Managed("outer"):
    with Managed("inner"):
        print(list(stack))
        raise KeyError("k")
    print("after inner", list(stack))
print("done", stack, file=sys.stdout)
