# The refusals of 'with' and 'async with' for objects lacking one of the two methods.
class LacksEnter:
    def __exit__(self, *a):
        pass


class LacksExit:
    def __enter__(self):
        pass


class Neither:
    pass


for C in (LacksEnter, LacksExit, Neither):
    try:
        with C():
            pass
    except TypeError as e:
        print(e)


class AsyncLacksExit:
    async def __aenter__(self):
        pass


class AsyncLacksEnter:
    async def __aexit__(self, *a):
        pass


async def use(C):
    async with C():
        pass


for C in (AsyncLacksExit, AsyncLacksEnter, Neither):
    try:
        use(C).send(None)
    except TypeError as e:
        print(e)
