class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, P.x, type(P.x).__name__, hasattr(p, "__dict__"))
for action in ("set z", "get y", "del x then get"):
    try:
        if action == "set z":
            p.z = 1
        elif action == "get y":
            p.y
        else:
            del p.x
            p.x
    except AttributeError as e:
        print(action, "->", e)


class Q(P):
    pass


q = Q(2)
q.z = 3
print(q.z, q.__dict__, q.x)


class Celsius:
    def __init__(self):
        self._t = 0

    def get(self):
        return self._t

    def set(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._t = v

    def delete(self):
        print("deleting")
        del self._t

    temp = property(get, set, delete, "temperature")


c = Celsius()
c.temp = 25
print(c.temp, Celsius.temp.__doc__)
try:
    c.temp = -300
except ValueError as e:
    print("ValueError:", e)
del c.temp
print(hasattr(c, "_t"))


class ReadOnly:
    @property
    def value(self):
        return 42


r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r.value, type(ReadOnly.__dict__["value"]).__name__)
