a, __debug__ = 1, 2
