def f():
    g: int
    global g
