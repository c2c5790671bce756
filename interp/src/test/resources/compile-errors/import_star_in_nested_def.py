def f():
    def g():
        from math import *
