def compute(a, b):
    return a / b

print("start")
x = compute(1, 2)
y = compute(x, 0)
