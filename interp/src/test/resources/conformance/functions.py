def add(a, b=10, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(add(1, c=3))
print(add(1, 2, 3, 4, c=5, e=6))
print(add(*[1, 2], **{"c": 7, "z": 8}))

def posonly(a, b, /, c):
    return a + b + c

print(posonly(1, 2, c=3), posonly(1, 2, 3))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
print(c(), c(), c())

g = 5
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)

square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, k=2))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def doc():
    "A docstring."
    pass
print(doc.__doc__, doc.__name__, add.__defaults__, add.__kwdefaults__)

def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper

@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
print(counter.__qualname__, c.__qualname__)

for bad in [lambda: add(), lambda: add(1), lambda: add(1, c=1, c2=2, **{"c": 3}), lambda: posonly(1, 2), lambda: posonly(1, b=2, c=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def two(a, b): pass
for bad in [lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, a=1), lambda: two(1, 2, x=1), lambda: len(), lambda: len(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
