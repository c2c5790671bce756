# Errors of f(*x) and f(**m): the callable named as _PyObject_FunctionStr names it.


class MultiDict:
    def __init__(self, items):
        self._items = items

    def keys(self):
        return [k for k, v in self._items]

    def __getitem__(self, key):
        for k, v in self._items:
            if k == key:
                return v
        raise KeyError(key)

    def __len__(self):
        return len(self._items)


def g(*args, **kwargs):
    return args, kwargs


class Nothing:
    pass


nothing = None
for call in [
    lambda: g(*Nothing()),
    lambda: g(*g),
    lambda: dir(*g),
    lambda: nothing(*g),
    lambda: nothing(**g),
    lambda: g(**MultiDict([("x", 1), ("x", 2)])),
    lambda: g(a=3, **MultiDict([("x", 1), ("x", 2)])),
    lambda: g(**MultiDict([("a", 3)]), **MultiDict([("x", 1), ("x", 2)])),
    lambda: g(**MultiDict([("x", 1), ("y", 2)])),
    lambda: g(*(i for i in range(3))),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def bad():
    yield 1
    raise TypeError("from inside")


try:
    g(*bad())
except TypeError as e:
    print("TypeError:", e)
