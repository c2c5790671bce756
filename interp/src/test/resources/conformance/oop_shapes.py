class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __str__(self):
        return self.describe()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return Circle.PI * self.r ** 2

    def __repr__(self):
        return f"Circle(r={self.r})"


shapes = [Rect(2, 3), Square(2), Circle(1), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print(Shape.count, max(shapes).name, min(shapes, key=lambda s: s.area()))
print([type(s).__name__ for s in shapes], [isinstance(s, Rect) for s in shapes])
print(Square.__mro__)
print(str(Circle(2)), repr(Circle(2)), f"{Circle(3)!r}")
try:
    Shape("abstract").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __bool__(self):
        return self.cents != 0


wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), Money(1) == Money(1), Money(1) != Money(2), bool(Money(0)), Money(5) in wallet)
try:
    Money(1) + 5
except TypeError as e:
    print("TypeError:", e)
