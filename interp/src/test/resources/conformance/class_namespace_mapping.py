class Recording(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
    def __missing__(self, k):
        print("missing", k)
        raise KeyError(k)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recording()

class C(metaclass=Meta):
    x = 1
    y = x + 1
    del x
    z = len

print(sorted(k for k in C.__dict__ if not k.startswith('__')))
ns = Recording(a=5)
exec("b = a * 2\ndel a\nprint(b)", {}, ns)


class Winner(type):
    def __new__(mcs, name, bases, ns, *, flavour=None, **kw):
        print("Winner.__new__", name, flavour, sorted(kw))
        return super().__new__(mcs, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Base(metaclass=Winner):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw))


# type(...) with a base whose metaclass has its own __new__ hands the call to that metaclass
D = type("D", (Base,), {"a": 1}, flavour="mint", extra=2)
print(type(D).__name__, D.a, D.__mro__[1].__name__)
try:
    type("E", (Base,), {}, bogus=1)
except TypeError as e:
    print("TypeError", e)
