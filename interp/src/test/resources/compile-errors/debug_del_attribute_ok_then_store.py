del obj.__debug__
obj.__debug__ = 2
