def f():
    for i in range(3):
        pass
    global i
