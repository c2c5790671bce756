# format(), str.format and f-strings find __format__ on the type, never the instance
class X:
    def __format__(self, spec):
        return "class"
x = X()
x.__format__ = lambda spec: "instance"
print(f"{x}", format(x), "{}".format(x), f"{x:abc}")
class Y:
    __format__ = None
try:
    format(Y())
except TypeError as e:
    print(e)
print(format(3, ""), format("s"), f"{2.5:5}")
