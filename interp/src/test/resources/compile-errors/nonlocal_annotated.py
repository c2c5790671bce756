def f():
    x = 1
    def h():
        nonlocal x
        x: int = 2
