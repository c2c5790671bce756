def f():
    w = w + 1
    global w
