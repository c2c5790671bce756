a = b print x
