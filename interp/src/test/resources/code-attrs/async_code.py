# Code objects of coroutines and async generators, for co_flags and friends.
import types


async def coro(a, b=1, *args, k, **kw):
    x = await a
    return x + b


async def agen(n):
    for i in range(n):
        yield i
        await n


def outer():
    v = 1

    async def inner():
        return v

    async def inner_gen():
        yield v

    return inner, inner_gen


class C:
    async def method(self):
        return await self.other()

    async def other(self):
        pass

    async def gen_method(self):
        yield self
