def f():
    class C:
        v = [(y := 1) for _ in range(2)]
