class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, p.x, len(p), list(q), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
a, b = q
print(a, b, tuple(q), sorted([Point(3, 1), Point(1, 9)]), max(p))
class Pair(tuple):
    pass
print(Pair([1, 2]), type(Pair([1])).__name__, Pair() == ())
