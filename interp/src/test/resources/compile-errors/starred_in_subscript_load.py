d = {}
v = 1
x = *v
