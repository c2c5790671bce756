def f():
    return [lambda: x for _ in ()]

def g():
    nonlocal q
