def f():
    k = 1
    def g(*, k):
        nonlocal k
