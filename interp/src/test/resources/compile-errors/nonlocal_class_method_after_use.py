def f():
    v = 1
    class C:
        def m(self):
            print(v)
            nonlocal v
