y = 2
global y
