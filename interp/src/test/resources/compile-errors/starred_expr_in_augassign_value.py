def f(a):
    x = 1
    x += *a
