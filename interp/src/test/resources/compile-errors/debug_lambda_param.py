g = lambda __debug__: 1
