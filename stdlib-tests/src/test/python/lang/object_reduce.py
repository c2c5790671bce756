# object.__reduce_ex__, __reduce__, __getstate__ and what copy builds on them
import copyreg


def rebuild(obj, proto=4):
    """What copy.copy does with a reduce value (copy needs modules not yet available)."""
    rv = obj.__reduce_ex__(proto)
    func, args, state, listiter, dictiter = (tuple(rv) + (None,) * 5)[:5]
    y = func(*args)
    if state is not None:
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            y[k] = v
    return y



class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, [2])
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is Point, r[2], r[3], r[4])
r4 = p.__reduce_ex__(4)
print(r4[0] is copyreg.__newobj__, r4[2] is p.__dict__)
r0 = p.__reduce_ex__(0)
print(r0[0] is copyreg._reconstructor, r0[1], r0[2])
print(p.__reduce__()[1], p.__getstate__() is p.__dict__)
print(object().__getstate__(), Point.__new__(Point).__getstate__())
q = rebuild(p)
print(q, q.y is p.y, type(q) is Point)


class Slots:
    __slots__ = ("a", "b")


s = Slots()
s.a = 1
print(s.__getstate__(), s.__reduce_ex__(2)[2])
t = rebuild(s)
print(t.a, hasattr(t, "b"))
try:
    s.__reduce__()
except TypeError as e:
    print("TypeError", e)


class Both:
    __slots__ = ("a", "__dict__")


b = Both()
b.a = 1
b.z = 2
print(b.__getstate__())


class NewArgs:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


na = NewArgs(5)
r = na.__reduce_ex__(2)
print(r[1][1:], r[2], rebuild(na).n)


class NewArgsEx:
    def __new__(cls, *, k):
        self = super().__new__(cls)
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return ((), {"k": self.k})


ne = NewArgsEx(k=7)
r = ne.__reduce_ex__(2)
print(r[0] is copyreg.__newobj_ex__, r[1][1:], rebuild(ne).k)


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


class BadNewArgsEx:
    def __init__(self, v):
        self.v = v

    def __getnewargs_ex__(self):
        return self.v


for obj in (BadNewArgs(), BadNewArgsEx(1), BadNewArgsEx((1, 2, 3)), BadNewArgsEx(([], {})),
            BadNewArgsEx(((), []))):
    try:
        obj.__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class CustomState:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {"v": self.v * 10}


print(CustomState().__reduce_ex__(2)[2], rebuild(CustomState()).v)


class CustomReduce:
    def __reduce__(self):
        return (CustomReduce, ())


print(CustomReduce().__reduce_ex__(2)[0] is CustomReduce)


class L(list):
    pass


class D(dict):
    pass


lst = L([1, 2])
lst.tag = "t"
r = lst.__reduce_ex__(2)
print(r[1][1:], r[2], list(r[3]), r[4])
d = D(a=1)
r = d.__reduce_ex__(2)
print(r[2], r[3], list(r[4]))
c = rebuild(lst)
print(c, type(c).__name__, c.tag)
c = rebuild(d)
print(c, type(c).__name__)
try:
    object().__reduce_ex__("x")
except TypeError as e:
    print("TypeError", e)
print(rebuild(object()).__class__ is object)
