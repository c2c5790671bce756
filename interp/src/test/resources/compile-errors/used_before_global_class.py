class C:
    print(v)
    global v
