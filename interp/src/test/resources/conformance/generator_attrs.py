# Generator and coroutine attributes: writable __name__/__qualname__ (str only) taken from the
# function at the call, gi_suspended/cr_suspended, gi_yieldfrom, and no f_back while suspended.

def func():
    yield 1


gen = func()
print(gen.__name__, gen.__qualname__, gen.gi_suspended, gen.gi_frame.f_back, gen.gi_yieldfrom)
gen.__name__ = 'name'
gen.__qualname__ = 'qualname'
print(gen.__name__, gen.__qualname__)
for action in (lambda: setattr(gen, '__name__', 1), lambda: delattr(gen, '__qualname__')):
    try:
        action()
    except TypeError as e:
        print(e)
func.__name__ = 'func_name'
func.__qualname__ = 'func_qualname'
gen = func()
print(gen.__name__, gen.__qualname__)
next(gen)
print(gen.gi_suspended, gen.gi_running, gen.gi_frame.f_back)
gen.close()
print(gen.gi_suspended, gen.gi_frame)


def inner():
    yield 1
    yield 2


def outer():
    yield from inner()


o = outer()
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom.__name__, o.gi_frame.f_back)
print((x for x in ()).__name__)


async def coro():
    pass


c = coro()
print(c.__name__, c.cr_suspended, c.cr_frame.f_back, c.cr_running)
c.__qualname__ = 'renamed'
print(c.__qualname__)
c.close()


async def agen():
    yield


ag = agen()
print(ag.__name__, ag.ag_frame.f_back)
ag.__name__ = 'ag2'
print(ag.__name__)
