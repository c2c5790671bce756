class C:
    v = [[(y := 1) for a in range(2)] for b in range(2)]
