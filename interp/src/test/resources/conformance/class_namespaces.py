# class bodies run in the namespace __prepare__ returns; type() defers to the winning metaclass;
# mappingproxy over any mapping


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


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, sorted(kw))
        return super().__new__(mcls, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


y = "global y"


class A(metaclass=Meta, flag=1):
    x = 1
    z = x + 1
    tmp = 0
    del tmp
    w = y

    def f(self):
        return self.x


print(A.x, A.z, A.w, A().f(), hasattr(A, "tmp"), type(A).__name__)


class Missing(dict):
    def __missing__(self, key):
        return "missing:" + key


class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Missing()


class B(metaclass=Meta2):
    v = undefined_name


print(B.v)


class Weird:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v


class Meta3(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Weird()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)


class C(metaclass=Meta3):
    a = 5
    b = a * 2


print(C.a, C.b)


class Registry(type):
    made = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        Registry.made.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Base(metaclass=Registry):
    pass


D = type("D", (Base,), {"q": 1}, color="red")
print(type(D).__name__, D.options, D.q, Registry.made)
try:
    type("E", (Base,), {}, bogus=1, __init__=None)
except TypeError as e:
    print("TypeError", e)

mp_type = type(A.__dict__)
proxy = mp_type({"k": 1, "j": 2})
print(proxy, proxy["k"], len(proxy), "j" in proxy, list(proxy), proxy.get("x", 0))
print(sorted(proxy.keys()), sorted(proxy.values()), sorted(proxy.items()), proxy.copy())
print(proxy == {"k": 1, "j": 2}, proxy | {"z": 3})
for bad in ([1], (1,), 5, None):
    try:
        mp_type(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    proxy["k"] = 2
except TypeError as e:
    print("TypeError", e)
print(mp_type(mapping=Missing(a=1))["zz"])
