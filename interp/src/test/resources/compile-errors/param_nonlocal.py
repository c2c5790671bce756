def f():
    def g(x):
        nonlocal x
