class C:
    ys = [(z := x) for x in range(3)]
