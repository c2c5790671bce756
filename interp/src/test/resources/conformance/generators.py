def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

print(list(countdown(5)))

def delegator():
    result = yield from countdown(3)
    print("sub returned", result)
    yield "end"

print(list(delegator()))

def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print("stopped", s.value)

gen = (x * x for x in range(6) if x % 2)
print(gen.__class__.__name__, list(gen), list(gen))
print(sum(x for x in range(101)), max((len(w), w) for w in "a bb ccc".split()))

def take(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(take(naturals(), 5)))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")

c = closer()
print(next(c))
c.close()
print(list(zip(countdown(3), "abc")), dict(zip("ab", range(2))))
