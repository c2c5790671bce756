def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(next(acc), acc.send(10), acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)


def worker():
    try:
        while True:
            try:
                item = yield
                print("got", item)
            except ValueError as e:
                print("handled", e)
    finally:
        print("worker closing")


w = worker()
next(w)
w.send("a")
w.throw(ValueError("bad item"))
w.send("b")
w.close()
print("closed")


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2))))


def inner():
    x = yield 1
    y = yield x * 2
    return x + y


def outer():
    result = yield from inner()
    yield f"result {result}"


g = outer()
print(next(g), g.send(5), g.send(7))


def pipeline():
    numbers = (n for n in range(20))
    evens = (n for n in numbers if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)


print(pipeline())


def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


print(list(fib_gen(100)), sum(fib_gen(1000)), max(fib_gen(50)))
gen = fib_gen(10)
print(gen.__name__, iter(gen) is gen, type(gen).__name__)
print(list(zip(fib_gen(10), fib_gen(10))))


def raiser():
    yield 1
    raise StopIteration("oops")


try:
    list(raiser())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
