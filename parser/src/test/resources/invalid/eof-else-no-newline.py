if x:
    pass
else: