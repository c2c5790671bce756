class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(obj):
    match obj:
        case 0 | 1:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case str() as s:
            return f"str {s!r}"
        case [] :
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y, *rest]:
            return f"seq {x} {y} rest={rest}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **others}:
            return f"shape {t} {others}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(a, b):
            return f"point {a},{b}"
        case None:
            return "none"
        case True | False:
            return "bool"
        case _:
            return "other"

for o in [0, 1, -5, 42, "hi", [], [1], [1, 2, 3, 4], (5, 6), {"type": "circle", "r": 2},
          {"type": "sq", "side": 3}, Point(0, 0), Point(0, 5), Point(2, 3), None, 2.5, {}]:
    print(repr(o) if not isinstance(o, Point) else "Point", "->", describe(o))
match 42:
    case x:
        print("captured", x)
