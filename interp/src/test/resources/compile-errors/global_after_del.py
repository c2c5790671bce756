def f():
    del victim
    global victim
