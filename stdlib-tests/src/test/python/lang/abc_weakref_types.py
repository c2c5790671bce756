# abc, weakref and types built on the object model: abstract classes, __weakref__, SimpleNamespace
import sys
import types
import _weakref as weakref

print(types.SimpleNamespace is type(sys.implementation), types.SimpleNamespace.__module__)
r = types.SimpleNamespace(a=1, b=[2]).__reduce_ex__(4)
print(r[0] is types.SimpleNamespace, r[1], r[2])


class Plain:
    pass


p = Plain()
print(p.__weakref__)
ref = weakref.ref(p)
print(p.__weakref__ is ref, weakref.getweakrefcount(p))

import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...

    @abc.abstractmethod
    def stop(self):
        ...


class Half(Base):
    def run(self):
        return 1


class Full(Half):
    def stop(self):
        return 2


for c in (Base, Half):
    try:
        c()
    except TypeError as e:
        print("TypeError", e)
print(Full().run(), Full().stop(), sorted(Half.__abstractmethods__), Full.__abstractmethods__)
