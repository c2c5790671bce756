def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        return 1 / 0
    if n == 2:
        return [][1]
    if n == 3:
        return {}["k"]
    if n == 4:
        return undefined_name
    if n == 5:
        return "a" + 1
    if n == 6:
        return int("x")
    if n == 7:
        return None.attr
    return n


for i in range(9):
    try:
        print("ok", risky(i))
    except (ValueError, ZeroDivisionError) as e:
        print("caught", type(e).__name__, e, e.args)
    except LookupError as e:
        print("lookup", type(e).__name__, e, repr(e))
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("else ran")
    finally:
        print("finally", i)


class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise MyError(42)
except MyError as e:
    print(e, e.code, e.args, isinstance(e, Exception))

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__))


def f():
    try:
        return "try"
    finally:
        print("cleanup")


print(f())


def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return "done"


print(g())
try:
    raise
except RuntimeError as e:
    print(e)
e = "still"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
print(repr(ValueError()), repr(ValueError(1, 2)), str(KeyError("k")), str(KeyError()))
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
import sys
try:
    1 / 0
except:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno)
print(sys.exc_info())
