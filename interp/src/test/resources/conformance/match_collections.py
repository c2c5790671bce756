# match statements: which types are sequences and mappings, and the mapping protocol used


class MyList(list):
    pass


class MyDict(dict):
    pass


class Lookup(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)


def kind(x):
    match x:
        case {"k": v}:
            return f"mapping k={v}"
        case {}:
            return "mapping"
        case [a, *rest]:
            return f"sequence head={a} rest={rest}"
        case []:
            return "empty sequence"
        case str() | bytes():
            return "text"
        case _:
            return "other"


for v in ([1, 2], (3,), range(2), MyList([4]), {}, {"k": 1}, MyDict(k=2), "ab", b"x",
          {1, 2}, 5, iter([1])):
    print(type(v).__name__, kind(v))
print(kind(Lookup(k=9)))


class Missing(dict):
    def __missing__(self, key):
        return "default"


print(kind(Missing()))
