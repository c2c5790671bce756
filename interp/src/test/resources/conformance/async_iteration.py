# Async generators, async for and async with, driven by a tiny hand-written event loop.


class Tick:
    """An awaitable that suspends the awaiting task once, handing the loop a label."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        sent = yield self.label
        return sent


def run(coro, log=True):
    """Drives one coroutine to its end, sending back the step number at each suspension."""
    step = 0
    value = None
    while True:
        try:
            label = coro.send(value)
        except StopIteration as e:
            return e.value
        if log:
            print('  loop:', label)
        step += 1
        value = step


async def ticker(n):
    for i in range(n):
        got = await Tick('tick %d' % i)
        yield i, got
    print('  ticker done')


async def consume():
    out = []
    async for item in ticker(3):
        out.append(item)
    else:
        out.append('else')
    return out


print(run(consume()))


async def with_break():
    async for i, _ in ticker(5):
        if i == 2:
            break
    return i

print(run(with_break()))

# the async generator object and its awaitables
ag = ticker(2)
print(type(ag).__name__, ag.__name__, ag.__qualname__, ag.ag_running, ag.ag_await)
print(ag.__aiter__() is ag, hasattr(ag, '__next__'), bool(ag.ag_code.co_flags & 0x200))
an = ag.__anext__()
print(type(an).__name__, iter(an) is an)
print(an.send(None))
try:
    an.send('S')
except StopIteration as e:
    print('first item', e.value)
try:
    an.send(None)
except RuntimeError as e:
    print('RuntimeError', e)


async def drain(agen):
    items = []
    while True:
        try:
            items.append(await agen.__anext__())
        except StopAsyncIteration:
            return items

print(run(drain(ticker(2)), log=False))

# an async generator is not an ordinary iterator
for attempt in (lambda: iter(ticker(1)), lambda: next(ticker(1)), lambda: list(ticker(1)),
                lambda: [x for x in ticker(1)]):
    try:
        attempt()
    except TypeError as e:
        print('TypeError', e)


def delegating():
    yield from ticker(1)

try:
    next(delegating())
except TypeError as e:
    print('TypeError', e)

# asend


async def echo():
    received = None
    while True:
        received = yield received
        if received == 'stop':
            return


async def use_asend():
    e = echo()
    r = [await e.asend(None)]
    r.append(await e.asend('a'))
    r.append(await e.asend('b'))
    try:
        await e.asend('stop')
    except StopAsyncIteration:
        r.append('stopped')
    return r

print(run(use_asend()))

# athrow and aclose


async def careful():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print('  careful caught', repr(e))
        yield 'after KeyError'
    finally:
        print('  careful finally')


async def use_athrow():
    c = careful()
    print(await c.__anext__())
    print(await c.athrow(KeyError('k')))
    await c.aclose()
    print(c.ag_frame)
    c2 = careful()
    await c2.__anext__()
    try:
        await c2.athrow(ValueError('v'))
    except ValueError as e:
        print('ValueError out', e)
    c3 = careful()
    await c3.aclose()
    print('closed unstarted')


run(use_athrow())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'


async def use_stubborn():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)

run(use_stubborn())


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


async def use_raises():
    try:
        async for x in raises_stop_async():
            print('  got', x)
    except RuntimeError as e:
        print('RuntimeError', e)

run(use_raises())

# async for over a class with __aiter__ / __anext__


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick('countdown %d' % self.n)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def count():
    got = []
    async for v in Countdown(3):
        got.append(v)
    return got

print(run(count()))


async def bad_for(obj):
    async for x in obj:
        pass


class NoANext:
    def __aiter__(self):
        return 1


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


for obj in (1, [1, 2], NoANext(), BadANext()):
    try:
        run(bad_for(obj))
    except TypeError as e:
        print('TypeError', e, '| cause:', e.__cause__)

# async with


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick('enter ' + self.name)
        print('  enter', self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await Tick('exit ' + self.name)
        print('  exit', self.name, et.__name__ if et else None, ev)
        return self.suppress


async def use_with():
    async with Resource('a') as a, Resource('b') as b:
        print('  body', a, b)
    async with Resource('s', suppress=True):
        raise ValueError('suppressed')
    try:
        async with Resource('p'):
            raise KeyError('propagates')
    except KeyError as e:
        print('  caught', repr(e))
    for i in range(3):
        async with Resource('loop%d' % i):
            if i == 1:
                continue
            if i == 2:
                break
    async with Resource('r'):
        return 'returned from with'

print(run(use_with()))


async def bad_with(obj):
    async with obj:
        pass


class OnlyEnter:
    async def __aenter__(self):
        return self


class SyncEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


for obj in (1, OnlyEnter(), SyncEnter()):
    try:
        run(bad_with(obj))
    except TypeError as e:
        print('TypeError', e)

# nested async generators, yields inside async with, try/finally


async def inner_gen():
    async with Resource('in-gen'):
        yield 'x'
        yield 'y'


async def outer_gen():
    async for v in inner_gen():
        yield v * 2
    yield 'end'


async def main():
    return [v for v in await collect(outer_gen())]


async def collect(agen):
    out = []
    async for v in agen:
        out.append(v)
    return out

print(run(main()))


async def failing():
    yield 1
    await Tick('before failure')
    raise ValueError('inside async gen')


async def use_failing():
    async for v in failing():
        print('  v', v)

run(use_failing())
