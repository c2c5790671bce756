if a < b <:
    pass
