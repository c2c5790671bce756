class C(metaclass=type, __debug__=1):
    pass
