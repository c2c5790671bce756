def outer():
    def inner():
        y = z
        global z
