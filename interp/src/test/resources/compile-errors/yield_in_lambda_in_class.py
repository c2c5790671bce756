class C:
    f = lambda: (yield)
    g = [(yield) for _ in ()]
