def f():
    __debug__ = 2
    def g():
        pass
