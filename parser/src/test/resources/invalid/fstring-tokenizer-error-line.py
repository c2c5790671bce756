x = 1
y = f"{1a}"
