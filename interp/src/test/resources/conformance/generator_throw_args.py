# generator.throw's arguments as _gen_throw: a class with a value is normalised (rewrapping a
# value of another type), an instance takes no separate value, a failure to make the exception
# is thrown into the generator; a generator resumed inside a handler sees its own exception.
import sys


def echo():
    while True:
        try:
            print('got', (yield))
        except Exception as e:
            print('caught', type(e).__name__, e.args)


def attempt(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)


g = echo()
next(g)
g.throw(ValueError)
g.throw(ValueError, 1)
g.throw(ValueError, (1, 2))
g.throw(ValueError, ValueError(3))
g.throw(ValueError, TypeError(4))
g.throw(ValueError(5))
g.throw(ValueError, ValueError(6), None)
attempt(g.throw, ValueError(1), 'foo')
attempt(g.throw, 'no')
attempt(g.throw, ValueError, 1, 'tb')


class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring():
    yield


b = boring()
attempt(b.throw, E)
attempt(next, b)


def inside():
    try:
        yield 'start'
    except ValueError:
        yield 'in handler'
        print('still handling', sys.exc_info()[0].__name__)
        yield 'end'


s = inside()
next(s)
try:
    raise ValueError('outer')
except ValueError as exc:
    print(s.throw(exc))
print(next(s), sys.exc_info()[0])
g.close()
s.close()
