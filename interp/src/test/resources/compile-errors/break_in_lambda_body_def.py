while x:
    def g():
        if y:
            break
