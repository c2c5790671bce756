def f(xs):
    return [(yield from x) for x in xs]
