def f():
    global g
    def h():
        nonlocal g
