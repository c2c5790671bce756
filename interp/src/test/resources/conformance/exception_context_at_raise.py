# __context__ is set where an exception is raised, never again while it unwinds through callers
# (CPython's _PyErr_SetObject): a handler may clear it and it stays cleared.


class MyException(Exception):
    pass


def gen():
    try:
        yield
    except BaseException:
        exc = MyException()
        try:
            raise exc
        finally:
            exc.__context__ = None


def clears():
    exc = MyException()
    try:
        raise exc
    finally:
        exc.__context__ = None


def via_throw():
    g = gen()
    next(g)
    try:
        raise IndexError
    except IndexError as e:
        g.throw(e)


def via_call():
    try:
        raise IndexError
    except IndexError:
        clears()


def via_reraise():
    g = gen()
    next(g)
    try:
        raise IndexError
    except IndexError as e:
        try:
            g.throw(type(e), e, None)
        except BaseException as exc:
            if exc is not e:
                raise


def raised_in_callee():
    try:
        raise KeyError("k")
    except KeyError:
        return {}["missing"]


def chained():
    try:
        raise ValueError("v")
    except ValueError:
        raised_in_callee()


for f in (via_throw, via_call, via_reraise):
    try:
        f()
    except MyException as e:
        print(f.__name__, repr(e.__context__))
try:
    chained()
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise
except TypeError as e:
    print(repr(e), repr(e.__context__))
