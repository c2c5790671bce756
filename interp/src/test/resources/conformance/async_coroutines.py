# Coroutines driven by a tiny hand-written event loop (no asyncio): async def, await,
# awaitables with __await__, coroutine objects' methods and attributes.


class Sleep:
    """An awaitable that suspends its awaiting coroutine once, handing the loop a tag."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return ('woke', self.tag, got)


def run(*coros):
    """Round-robin loop: sends each coroutine the number of its step until all finish."""
    ready = list(coros)
    results = {}
    step = 0
    while ready:
        coro = ready.pop(0)
        try:
            tag = coro.send(None if step == 0 or coro.cr_frame is None or coro.cr_await is None
                            else step)
        except StopIteration as e:
            results[coro.__name__] = e.value
            print('done', coro.__qualname__, e.value)
        else:
            print('yielded', tag)
            ready.append(coro)
        step += 1
    return results


async def leaf(n):
    return n * 10


async def middle(n):
    a = await leaf(n)
    b = await Sleep('middle-%d' % n)
    return a, b


async def top():
    x = await middle(1)
    y = await middle(2)
    return [x, y]


print(run(top()))


async def worker(name, k):
    total = 0
    for i in range(k):
        r = await Sleep((name, i))
        total += i
    return name, total


print(run(worker('a', 3), worker('b', 2), worker('c', 1)))

# the coroutine object
c = leaf(3)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_frame is not None)
print(hasattr(c, '__next__'), hasattr(c, '__iter__'), hasattr(c, '__await__'))
print(bool(c.cr_code.co_flags & 0x80), bool(c.cr_code.co_flags & 0x20))
try:
    c.send(1)
except TypeError as e:
    print('TypeError', e)
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
c.close()

# cr_await while suspended
m = middle(5)
print(m.send(None))
print(type(m.cr_await).__name__)
try:
    m.send('x')
except StopIteration as e:
    print('finished with', e.value)

# throw into a suspended coroutine
async def guarded():
    try:
        await Sleep('g')
    except ValueError as e:
        print('caught', repr(e))
        return 'recovered'
    return 'normal'

g = guarded()
print(g.send(None))
try:
    g.throw(ValueError('boom'))
except StopIteration as e:
    print('throw result', e.value)

g = guarded()
g.send(None)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('KeyError escaped', e)

# close a suspended coroutine
async def closing():
    try:
        await Sleep('c')
    finally:
        print('finally in closing')

cl = closing()
cl.send(None)
print(cl.close())
print(cl.cr_frame)

# __await__ gives an iterator that generator code can drive
w = leaf(7).__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print('wrapper stop', e.value)

def legacy():
    return (yield from middle(9).__await__())

lg = legacy()
print(next(lg))
try:
    lg.send('sent')
except StopIteration as e:
    print('legacy', e.value)

# errors from await
async def bad(x):
    return await x

for obj in (1, None, 'str'):
    b = bad(obj)
    try:
        b.send(None)
    except TypeError as e:
        print('TypeError', e)

class BadAwait:
    def __await__(self):
        return 5

b = bad(BadAwait())
try:
    b.send(None)
except TypeError as e:
    print('TypeError', e)

class CoroAwait:
    def __await__(self):
        self.made = leaf(1)
        return self.made

ca = CoroAwait()
b = bad(ca)
try:
    b.send(None)
except TypeError as e:
    print('TypeError', e)
ca.made.close()  # closed, so CPython has no "never awaited" warning to print

async def raises_stop():
    raise StopIteration(3)

try:
    raises_stop().send(None)
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

# awaiting the same coroutine twice
inner = middle(4)

async def twice():
    return await inner

t1 = twice()
t1.send(None)
t2 = twice()
try:
    t2.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

# a coroutine is not an iterator, and plain generators cannot delegate to one
def plain(c):
    yield from c

made = [leaf(i) for i in range(4)]
for attempt in (lambda: next(plain(made[0])), lambda: iter(made[1]), lambda: next(made[2]),
                lambda: [x for x in made[3]]):
    try:
        attempt()
    except TypeError as e:
        print('TypeError', e)
for m in made:
    m.close()  # closed, so CPython prints no "never awaited" warning

# exceptions propagate through awaits with tracebacks
async def deep():
    await Sleep('deep')
    raise ValueError('from deep')

async def outer():
    try:
        return await deep()
    except ValueError as e:
        return 'outer caught ' + str(e)

print(run(outer()))


async def uncaught():
    await Sleep('u')
    1 / 0

run(uncaught())
