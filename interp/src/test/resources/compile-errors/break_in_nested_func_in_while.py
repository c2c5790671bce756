while True:
    def f():
        while False:
            pass
        break
