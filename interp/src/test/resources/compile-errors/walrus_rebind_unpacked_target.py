ys = [(b := a) for a, b in pairs]
