# Edge cases of coroutines and async generators: re-entry, early exits, failing __aexit__.
class Tick:
    def __await__(self):
        return (yield 'tick')

def run(coro):
    v = None
    while True:
        try:
            coro.send(v)
        except StopIteration as e:
            return e.value

async def agen():
    try:
        for i in range(5):
            await Tick()
            yield i
    finally:
        print('agen finally')

async def early(ag):
    async for i in ag:
        try:
            if i == 1:
                return 'early'
        finally:
            print('inner finally', i)

ag1 = agen()
print(run(early(ag1)))
run(ag1.aclose())  # closed here, not when CPython happens to free it

async def quiet_agen():
    await Tick()
    yield 1


async def two():
    g = quiet_agen()
    a = g.__anext__()
    a.send(None)
    b = g.__anext__()
    try:
        b.send(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    except ValueError as e:
        print('ValueError', e)
    return g

ag2 = run(two())
try:
    run(ag2.aclose())
except RuntimeError as e:
    print('RuntimeError', e)
print(ag2.ag_frame is not None)

async def selfawait():
    c = me[0]
    c.send(None)

me = [selfawait()]
try:
    me[0].send(None)
except ValueError as e:
    print('ValueError', e)

class BadExit:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        await Tick()
        raise KeyError('exit failed')

async def w():
    async with BadExit():
        raise ValueError('body')

try:
    run(w())
except KeyError as e:
    print('KeyError', e, 'context', repr(e.__context__))

async def f():
    return await g()
async def g():
    await Tick()
    raise ValueError('deep')
run(f())
