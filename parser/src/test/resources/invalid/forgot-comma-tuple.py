pair = (x y)
