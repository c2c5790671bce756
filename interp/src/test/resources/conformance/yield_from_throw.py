def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
        return "inner done"
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"

g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print("closed g2")
g3 = outer()
next(g3)
try:
    g3.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
