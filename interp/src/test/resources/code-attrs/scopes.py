"""More scopes for the code attribute test: classes, cells, generators and unusual bindings."""


class Outer:
    """A class whose methods need __class__ and class-level names."""

    shared = [1, 2, 3]
    doubled = [v * 2 for v in shared]

    def __init__(self, *items, **options):
        super().__init__()
        self.items = items
        self.options = options

    def __repr__(self):
        return f"{type(self).__name__}({self.items!r})"

    def nested_super(self):
        def helper():
            return super(Outer, self).__repr__()
        return helper()

    def uses_dunder_class(self):
        return lambda: __class__.__name__

    class Inner:
        value = 10

        def method(self, k=value):
            return k

    def gen(self, n):
        total = 0
        for i in range(n):
            total += yield i
        return total


def closure_chain(a, *, b=1):
    c = a + b

    def level1(d):
        e = d + c

        def level2(f, /, g=2):
            nonlocal e
            e += f + g
            return a + e

        return level2

    return level1


def generator_with_closure(items):
    seen = set()

    def check(x):
        return x in seen

    for item in items:
        if not check(item):
            seen.add(item)
            yield item


def walrus_in_comprehensions(data):
    total = 0
    running = [total := total + d for d in data]
    evens = [y for x in data if (y := x * 2) > 2]
    return running, evens, total, y


def lambda_defaults(k=3):
    return [lambda x, k=k: x * k, lambda *a: a, lambda **kw: kw, lambda a, /, b: a + b]


def nested_comprehension_scopes(matrix):
    width = len(matrix[0])
    return [[row[i] * width for row in matrix] for i in range(width)]


def generator_expression_args(xs, ys):
    return sum(x * y for x in xs for y in ys if x != y)


def exception_names(fn):
    try:
        fn()
    except (TypeError, ValueError) as err:
        first = err
    except Exception as other:
        first = other
    else:
        first = None
    return first


def unpacking(seq):
    a, *b, c = seq
    (d, e), f = (1, 2), 3
    for g, *h in [seq]:
        pass
    return a, b, c, d, e, f, g, h


def star_call(fn, *args, **kwargs):
    return fn(*args, 1, *args, x=1, **kwargs)


def match_captures(cmd):
    match cmd.split():
        case ["go", direction]:
            return direction
        case ["pick", *objects] if objects:
            return objects
        case [("north" | "south") as way, _]:
            return way
        case {"x": x, "y": y, **rest}:
            return x, y, rest
    return None


def uses_global_and_builtin():
    global COUNTER
    COUNTER = len([]) + abs(-1)
    return isinstance(COUNTER, int)


def class_in_generator():
    class Item:
        def __init__(self, n):
            self.n = n
    for i in range(2):
        yield Item(i)


def class_closure_over_parameter(kind):
    class Typed:
        expected = kind

        def check(self, v):
            return isinstance(v, kind)

        @classmethod
        def make(cls):
            return cls()

    return Typed


def deleted_cell():
    x = 1

    def read():
        return x

    del x
    return read


def only_varargs(*args):
    return args


def only_kwargs(**kwargs):
    return kwargs


def kwonly_after_varargs(*args, sep=" ", end):
    return sep.join(args) + end


def posonly_defaults(a=1, b=2, /):
    return a + b


def decorator_factory(tag):
    def decorator(fn):
        def wrapped(*a, **k):
            return tag, fn(*a, **k)
        wrapped.tag = tag
        return wrapped
    return decorator


@decorator_factory("t")
def decorated(v):
    return v


def with_names(path):
    with open(path) as fh:
        data = fh.read()
    return data


def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 10:
            break
    else:
        i = -1
    return i


def conditional_def(flag):
    if flag:
        def pick():
            return 1
    else:
        def pick():
            return 2
    return pick


def multiline_signature(
    first,
    second=None,
    *rest,
    third,
    **more,
):
    return first


def assert_and_raise(x):
    assert x, "no x"
    raise ValueError(x) from None


def string_annotations(a: "int", b: list[int] = None) -> "str":
    return str(a)


lambda_at_module = lambda q: q + 1
module_comprehension = {k: v for k, v in zip("ab", range(2))}
module_genexp = (i for i in range(3))
module_set = {i % 2 for i in range(4)}

print(Outer(1, 2), closure_chain(1)(2)(3), list(generator_with_closure([1, 1, 2])))
print(walrus_in_comprehensions([1, 2]), nested_comprehension_scopes([[1, 2], [3, 4]]))
print(match_captures("go north"), class_closure_over_parameter(int)().check(3), decorated(2))
