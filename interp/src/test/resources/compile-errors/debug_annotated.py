x = 1
__debug__: bool = False
