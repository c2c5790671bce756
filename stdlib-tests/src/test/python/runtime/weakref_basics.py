# _weakref and gc: references, callbacks after gc.collect(), proxies, errors.
import _weakref, gc

class A:
    pass

class SlotsOnly:
    __slots__ = ('a',)

class SlotsWeak:
    __slots__ = ('a', '__weakref__')

class I(int):
    pass

class E(Exception):
    pass

class L(list):
    pass

for x in [1, 'a', (), [], {}, None, True, 1.5, b'', I(1), SlotsOnly(), Exception()]:
    try:
        _weakref.ref(x)
        print(type(x).__name__, 'ok')
    except TypeError as e:
        print(e)
for x in [A(), SlotsWeak(), E(), L(), len, A, set(), frozenset()]:
    _weakref.ref(x)
    print(type(x).__name__, 'ok')

log = []
a = A()
r1 = _weakref.ref(a, lambda r: log.append('r1'))
r2 = _weakref.ref(a, lambda r: log.append('r2'))
b = _weakref.ref(a)
print(_weakref.ref(a) is b, b() is a, r1 is not r2)
print(_weakref.getweakrefcount(a))
print(r1 == r2, r1 == b, r1 != b, hash(r1) == hash(a), b.__callback__)
print(type(b).__name__, type(b).__module__, _weakref.ReferenceType is _weakref.ref)
print(r1.__eq__(3), r1.__lt__(r2))
try:
    b(1)
except TypeError as e:
    print(e)
try:
    _weakref.ref()
except TypeError as e:
    print(e)
try:
    _weakref.ref(a, None, 3)
except TypeError as e:
    print(e)

a.x = 5
p = _weakref.proxy(a)
print(p.x, type(p).__name__, _weakref.proxy(a) is p)
p.y = 7
print(a.y)

class KeyedRef(_weakref.ref):
    __slots__ = ('key',)
    def __new__(cls, ob, callback, key):
        self = _weakref.ref.__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

k = KeyedRef(a, lambda r: log.append(('keyed', r.key)), 'the-key')
print(k.key, k() is a, isinstance(k, _weakref.ref))

h = hash(b)
del a
for _ in range(3):
    gc.collect()
print(b(), r1(), hash(b) == h)
print(sorted(map(str, log)))
try:
    p.x
except ReferenceError as e:
    print(e)
try:
    hash(r2)
except TypeError as e:
    print(e)

d = {'k': b}
_weakref._remove_dead_weakref(d, 'k')
print(d)
print(gc.isenabled(), gc.collect(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(100, 5)
print(gc.get_threshold())
phases = []
gc.callbacks.append(lambda phase, info: phases.append((phase, info['generation'])))
gc.collect(1)
print(phases)
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked('s'))
try:
    gc.collect(3)
except ValueError as e:
    print(e)
