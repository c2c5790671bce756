def f(xs):
    return list(((yield y) for y in x) for x in xs)
