class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"


class Cat(Animal):
    kind = "cat"

    def speak(self):
        return "meow from " + self.name


animals = [Dog("rex"), Cat("tom"), Animal("x")]
for a in animals:
    print(a, a.speak(), a.kind, isinstance(a, Animal), type(a).__name__)
print(issubclass(Dog, Animal), issubclass(Animal, Dog), Dog.__mro__, Dog.__bases__)


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)


v = Vector(1, 2) + Vector(3, 4)
print(v, v * 2, 3 * v, v == Vector(4, 6), v != Vector(0, 0), len(v), list(v), v[1])
print(sorted([Vector(3, 1), Vector(1, 2), Vector(2, 0)]), {Vector(1, 1), Vector(1, 1)})


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def make(cls):
        return cls()


t = Temp.make()
t.celsius = 25
print(t.celsius, Temp.unit(), t.unit(), type(t).__name__)


class Base:
    def __init__(self):
        self.log = ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")


class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")


print(Both().log, [k.__name__ for k in Both.__mro__])


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


Counter(); Counter()
print(Counter.count, hasattr(Counter, "count"), getattr(Counter, "nope", "dflt"))


class Node:
    __slots_like__ = None

    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt

    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt

    def __bool__(self):
        return True

    def __contains__(self, x):
        return x in list(self)


n = Node(1, Node(2, Node(3)))
print(list(n), 2 in n, 5 in n, sum(n))
o = object()
print(type(o).__name__, str(type(n)), repr(Animal), Animal.__name__, Animal.__qualname__)
