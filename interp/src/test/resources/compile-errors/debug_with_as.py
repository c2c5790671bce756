with open(p) as __debug__:
    pass
