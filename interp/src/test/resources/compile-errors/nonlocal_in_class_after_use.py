def f():
    x = 1
    class C:
        print(x)
        nonlocal x
