def f(a, b, /, c, *, d, b):
    pass
