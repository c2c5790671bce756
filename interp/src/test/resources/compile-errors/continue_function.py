def f(x):
    if x:
        continue
