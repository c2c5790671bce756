class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1); s.push(2); s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), isinstance(s, list), type(s).__name__)


class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


d = DefaultDict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d), sorted(d))


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


u = Upper()
u["x"] = 1
print(u)


class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

    def __str__(self):
        return "invalid " + super().__str__()


try:
    raise ValidationError("age", "negative")
except ValueError as e:
    print(e, e.field, repr(e), e.args)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.created_by, type(WithMeta).__name__)


class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)


class A(Plugin):
    pass


class B(Plugin):
    pass


print(Plugin.registry)


class Field:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2


class Model:
    size = Field()


m = Model()
print(m.size)
m.size = 21
print(m.size, Model.size.name)
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: "hi"})
print(Dyn().x, Dyn().hello(), Dyn.__name__)


class Lazy:
    def __getattr__(self, name):
        return name.upper()


print(Lazy().anything, getattr(Lazy(), "foo"))


class Callable:
    def __call__(self, *args):
        return sum(args)


print(Callable()(1, 2, 3), callable(Callable()))
