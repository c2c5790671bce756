def f():
    counter += 1
    global counter
