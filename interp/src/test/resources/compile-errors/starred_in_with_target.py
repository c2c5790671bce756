with f() as *x:
    pass
