x = "global"

def outer():
    x = "outer"
    def inner():
        return x
    return inner()

print(outer(), x)

def make_counter(start):
    def counter():
        nonlocal start
        start += 1
        return start
    return counter

c1, c2 = make_counter(0), make_counter(100)
print(c1(), c1(), c2(), c1())

def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x

print(shadow())

class K:
    val = 10
    doubled = [val * 2 for _ in range(1)] if False else None
    def method(self):
        return K.val

print(K().method(), K.doubled)

def gen_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]

print(gen_closures())
late = [lambda: i for i in range(3)]
print([f() for f in late])

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()()

print(deep())
counter = 0
def incr():
    global counter
    counter += 1
incr(); incr()
print(counter)
def uses_before_assign():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
uses_before_assign()
print((lambda: (lambda: x)())())
