"""Closures and decorators: counters and accumulators over nonlocal cells, function factories,
decorators with and without arguments (memoizing, counting, validating), stacked decorators,
lambdas in dispatch tables, and partial application by nested functions.  Written for Taipan's
bench/."""


def counted(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = lambda: calls
    wrapper.__name__ = fn.__name__
    return wrapper


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        value = fn(n)
        cache[n] = value
        return value

    return wrapper


def bounded(low, high):
    def decorate(fn):
        def wrapper(x):
            if not low <= x <= high:
                x = low if x < low else high
            return fn(x)

        return wrapper

    return decorate


@counted
@bounded(0, 1000)
def triangle(x):
    return x * (x + 1) // 2


def collatz_length_factory():
    @memoize
    def length(n):
        if n == 1:
            return 1
        return 1 + length(n // 2 if n % 2 == 0 else 3 * n + 1)

    return length


def make_adder(k):
    return lambda x: x + k


def compose(*fns):
    def composed(x):
        for f in fns:
            x = f(x)
        return x

    return composed


def partial(fn, *bound):
    def applied(*rest):
        return fn(*bound, *rest)

    return applied


def accumulator():
    total = 0

    def add(v):
        nonlocal total
        total += v
        return total

    return add


OPS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b % 10007,
    "max": lambda a, b: a if a > b else b,
}


def run(n):
    total = 0
    for i in range(n):
        total += triangle(i % 1500 - 200)
    length = collatz_length_factory()
    longest = max(range(1, n // 4), key=length)
    pipeline = compose(*[make_adder(k) for k in range(10)], abs)
    total += sum(pipeline(i - n // 2) for i in range(n))
    clamp_mul = partial(OPS["mul"], 31)
    acc = accumulator()
    names = sorted(OPS)
    value = 1
    for i in range(n):
        value = OPS[names[i % 4]](value, i % 100)
        acc(clamp_mul(value))
    return total, triangle.calls(), longest, value, acc(0)


if __name__ == "__main__":
    import _harness
    _harness.main(run, 400000, 3000)
