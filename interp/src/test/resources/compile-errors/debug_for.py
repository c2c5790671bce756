for __debug__ in []:
    pass
