for i in range(3):
    if i:
        return
