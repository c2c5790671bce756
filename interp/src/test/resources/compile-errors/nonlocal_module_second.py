def ok():
    pass
nonlocal a, b
