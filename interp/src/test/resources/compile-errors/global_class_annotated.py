class C:
    global g
    g: int = 0
