# copy and deepcopy of bytearray and bytes subclasses go through __reduce_ex__ and copy()
import copy

ba = bytearray(b"pick\xffle")
c1, c2 = copy.copy(ba), copy.deepcopy(ba)
c1.append(33)
print(ba, c1, c2, c1 is ba, c2 is ba, type(c2).__name__)

class Tagged(bytearray):
    pass
t = Tagged(b"tag")
t.label = "x"
d = copy.deepcopy(t)
print(type(d).__name__, d, d.label, d is t, t.__reduce_ex__(2)[0].__name__, t.__reduce_ex__(4)[1:])

class B(bytes):
    pass
b = B(b"immutable")
b.note = 1
e = copy.deepcopy(b)
print(type(e).__name__, e, e.note, b.__getnewargs__())
print(copy.copy(b"plain") is not None, copy.deepcopy([bytearray(b"in list")]))
