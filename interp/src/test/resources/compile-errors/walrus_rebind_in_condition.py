def f(xs):
    return [i for i in xs if (i := 1)]
