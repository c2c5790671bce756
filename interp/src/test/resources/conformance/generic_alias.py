GA = type(list[int])
class TV:
    def __init__(self, n): self.n = n
    def __typing_subst__(self, arg): return arg
    def __repr__(self): return '~' + self.n
T = TV('T'); K = TV('K')
for f in [lambda: GA(list), lambda: GA(list, int, x=1), lambda: GA(list, int, 3), lambda: list[int][int], lambda: dict[K, T][int], lambda: dict[K,T][int,str,float], lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(GA(list, int), GA(list, (int, str)), list[int].__parameters__, dict[K, list[T]].__parameters__, dict[K, list[T]][int, str])
print(list[int].__mro_entries__((1,)), list[int].__reduce__(), list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int].append, list[int].__origin__, list[int].__args__, list[int].__class__, list[int]([1,2]))
print(list[...], tuple[()], dict[str, list[int]], list[T], list['x'], list[None], type[int])
class C(list[int]): pass
print(C.__mro__, C.__orig_bases__)
class G(GA):
    __slots__ = ()
    def __new__(cls, o, a): return super().__new__(cls, o, a)
g = G(list, int); print(type(g).__name__, g, g.__origin__, isinstance(g, GA))
print(list[int].__unpacked__)


class Entries:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (dict, Mixin)


class Mixin:
    def hello(self):
        return "hello from Mixin"


class D(Entries(), object):
    pass


print([c.__name__ for c in D.__mro__], D().hello(), len(D.__orig_bases__))


class Bad:
    def __mro_entries__(self, bases):
        return [int]


try:
    class E(Bad()):
        pass
except TypeError as e:
    print("TypeError", e)
print(list[int] | None, int | list[str], (list[int] | None).__args__)
