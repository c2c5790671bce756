def f():
    for x in y:
        class C:
            return x
