ys = [(yield x) for x in range(3)]
