ys = [1 for __debug__ in range(3)]
