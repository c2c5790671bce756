def f():
    n = 0
    def g():
        n += 1
        nonlocal n
