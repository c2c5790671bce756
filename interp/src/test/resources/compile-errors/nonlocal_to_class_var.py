class C:
    attr = 1
    def m(self):
        nonlocal attr
