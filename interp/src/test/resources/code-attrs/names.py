"""Name handling for the code attribute test: mangling, binding order, attributes, imports."""
import os.path
import collections.abc as cabc
from functools import reduce as fold, partial


class Private:
    __slots__ = ("__secret", "_Private__other")
    __count = 0

    def __init__(self):
        self.__secret = 1
        Private.__count += 1

    def __peek(self, __arg):
        __local = __arg + self.__secret
        return __local

    def reveal(self):
        return self.__peek(2), [self.__secret for _ in range(1)]

    @classmethod
    def count(cls):
        return cls.__count


def binding_order():
    x = (y := 1)
    z: int = (w := x + y)
    a = b = c = z + w
    p, q = q2, p2 = 1, 2
    return a, b, c, p, q, q2, p2


def attribute_chain(obj):
    obj.first.second = obj.third().fourth
    del obj.fifth
    return obj.sixth[obj.seventh]


def dotted_imports():
    import xml.dom.minidom
    import xml.sax as sax
    from os import path, sep as separator
    from . import sibling
    return xml, sax, path, separator, sibling


def fstrings(value, width):
    label = "v"
    return f"{label}={value!r:>{width}} {value:.{width}f} {{braces}}"


def global_in_nested():
    def inner():
        global MODULE_FLAG
        MODULE_FLAG = True
        return MODULE_FLAG
    return inner


class WithClassBodyNames:
    import math
    from math import pi as PI
    area = PI * 2
    del math

    def method(self):
        return self.area

    global CLASS_GLOBAL
    CLASS_GLOBAL = 1
    lam = lambda self: self.area
    gen = (i for i in range(3))


def super_in_nested(cls_arg):
    class Child(cls_arg):
        def method(self):
            def helper():
                return super(Child, self).method
            return helper, super().method, __class__
    return Child


def closure_over_loop_var():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns


def cell_deleted_and_rebound():
    v = 1

    def get():
        return v

    del v
    v = 2
    return get


def try_finally_names(resource):
    handle = None
    try:
        handle = resource.open()
        data = handle.read()
    finally:
        if handle is not None:
            handle.close()
    return data


def many_locals(a, b, c, d, e, f, g, h):
    i = a + b
    j = c + d
    k = e + f
    l = g + h
    m = [i, j, k, l]
    n = {i: j}
    o = {k, l}
    return m, n, o


@staticmethod
def decorated_module_level(x):
    return x


@partial
@staticmethod
def stacked_decorators(a, b):
    return a + b


def generator_with_return_and_closure(limit):
    def under(v):
        return v < limit
    n = 0
    while under(n):
        received = yield n
        if received:
            return received
        n += 1
    return None


def comprehension_with_closure_in_condition(xs, bound):
    return [x for x in xs if (lambda y: y < bound)(x)]


def comprehension_of_comprehension(rows):
    return {r: {c for c in row} for r, row in enumerate(rows)}


def conditional_import(flag):
    if flag:
        import json as codec
    else:
        import pickle as codec
    return codec


def exception_chain():
    try:
        raise KeyError("k")
    except KeyError as exc:
        try:
            raise ValueError("v") from exc
        except ValueError as inner:
            return inner.__cause__ is exc


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)


class UsesMeta(metaclass=Meta, flag=True):
    x: int = 1
    y: "str"


print(Private().reveal(), binding_order(), fstrings(1.5, 3), global_in_nested()())
print(WithClassBodyNames().method(), [f() for f in closure_over_loop_var()])
print(cell_deleted_and_rebound()(), many_locals(1, 2, 3, 4, 5, 6, 7, 8), exception_chain())
print(list(generator_with_return_and_closure(3)), comprehension_of_comprehension(["ab"]))
