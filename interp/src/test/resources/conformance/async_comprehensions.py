# Asynchronous comprehensions ('async for' in a comprehension, 'await' in one) and async
# generator expressions, driven by a tiny hand-written event loop.


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        return (yield self.label)


def run(coro):
    step = 0
    value = None
    while True:
        try:
            label = coro.send(value)
        except StopIteration as e:
            return e.value
        print('  loop:', label)
        step += 1
        value = step


async def arange(n):
    for i in range(n):
        await Tick('arange %d' % i)
        yield i


async def double(x):
    await Tick('double %d' % x)
    return 2 * x


async def main():
    print([x async for x in arange(3)])
    print({x % 2 async for x in arange(4)})
    print({x: x * x async for x in arange(3) if x != 1})
    print([await double(x) for x in range(2)])
    print([(x, y) async for x in arange(2) for y in 'ab'])
    print([(x, y) for x in 'ab' async for y in arange(2)])
    print([await double(x) async for x in arange(2) if await double(x) > 0])
    g = (x * 10 async for x in arange(3))
    print(type(g).__name__, g.__name__, bool(g.ag_code.co_flags & 0x200))
    out = []
    async for v in g:
        out.append(v)
    print(out)
    g2 = (await double(x) for x in range(2))
    print(type(g2).__name__, [v async for v in g2])
    print([[y async for y in arange(x)] for x in range(3)])
    return 'main done'

print(run(main()))


def sync_caller():
    # an async generator expression may appear in an ordinary function
    return (x async for x in arange(2))

ag = sync_caller()
print(type(ag).__name__)


async def consume(ag):
    return [v async for v in ag]

print(run(consume(ag)))


async def errors():
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print('TypeError', e)
    try:
        [x async for x in arange(3) if 1 / (x - 1)]
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)

run(errors())
