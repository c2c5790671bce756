def f(*, key):
    global key
