with open(f)
    pass
