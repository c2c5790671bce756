# Captures of a match pattern are stored only once the whole case matched; or-patterns
# bind in the first alternative's order; a wildcard star takes items by index.


def f(x):
    match x:
        case ((a, b, 9) | (b, a, 10)):
            w = 0
        case (p, q, 0, r):
            w = 1
    return sorted(locals().items())


print(f((1, 2, 9)))
print(f((1, 2, 10)))
print(f((1, 2, 11)))
print(f((5, 6, 0, 7)))
print(f((5, 6, 1, 7)))


def g(x):
    match x:
        case [first, *_, last]:
            return first, last
        case _:
            return None


print(g(range(1 << 30)))
print(g([1]))


def h(x):
    match x:
        case {"a": 1, **rest} if rest:
            return "rest", rest
        case {"a": a, "b": b}:
            return "ab", a, b
        case int(n) if n > 3:
            return "int", n
        case str() as s:
            return "str", s
    return "none"


class I(int):
    pass


print(h({"a": 1, "c": 2}), h({"a": 1, "b": 2}), h(I(7)), h(I(2)), h("s"), h([]))


class C:
    __match_args__ = ("a", "a")
    a = 1


try:
    match C():
        case C(x, y):
            pass
except TypeError as e:
    print(e)


class D:
    __match_args__ = ("a", 1)
    a = 1


try:
    match D():
        case D(x, y):
            pass
except TypeError as e:
    print(e)
try:
    match 3:
        case int(x, y):
            pass
except TypeError as e:
    print(e)

for src in ["case {0: _, False: _}", "case {0: _, -0: _}", "case {1: _, 1.0j: _}",
            "case {0: _, 0.0: _}", "case (_ as x) | [x]", "case *a, b, *c",
            "case C(a=_, a=_)", "case {'a': _, 'a': _}"]:
    try:
        compile("match x:\n    " + src + ":\n        pass\n", "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset)

for o in [memoryview(b"ab"), range(2), {}.keys(), b"ab", type.__dict__]:
    match o:
        case {}:
            print(type(o).__name__, "map")
        case [*_]:
            print(type(o).__name__, "seq")
        case _:
            print(type(o).__name__, "neither")
