# property, classmethod and staticmethod as CPython 3.11's descrobject.c and funcobject.c
def f():
    "doc"
c = classmethod(f); print(sorted(c.__dict__), c.__wrapped__ is f, c.__name__, c.__doc__, repr(c)[:25], c.__isabstractmethod__)
s = staticmethod(f); print(sorted(s.__dict__), repr(s)[:26], s.__func__ is f)
class C(classmethod): pass
print(type(C(f)).__name__, sorted(C(f).__dict__))
c.x = 1; print(c.x)
for bad in [(), (1, 2)]:
    try: classmethod(*bad)
    except TypeError as e: print(e)
try: staticmethod(f=1)
except TypeError as e: print(e)
class A:
    @classmethod
    @property
    def __doc__(cls):
        return "A doc for %r" % cls.__name__
    @classmethod
    def m(cls): return cls.__name__
    @staticmethod
    def s(x): return x
print(A.__doc__, A.m(), A().m(), A.s(3), A().s(4))
class B:
    """First"""
    @classmethod
    @property
    def __doc__(cls):
        return "Second"
print(B.__doc__)
class PropertySub(property):
    """This is a subclass of property"""
class PropertySubSlots(property):
    """slots"""
    __slots__ = ()
class Foo:
    def __init__(self): self._spam = 1
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return self._spam
    @spam.setter
    def spam(self, value):
        """ignored"""
        self._spam = value
foo = Foo(); foo.spam = 2; print(foo.spam, Foo.spam.__doc__, type(Foo.spam).__name__)
try:
    class Bar:
        @PropertySubSlots
        def spam(self):
            """x"""
except AttributeError as e: print("AttributeError", e)
p = property(doc="basic"); p.__doc__ = "extended"; print(p.__doc__)
class Q:
    @property
    def x(self):
        "Eggs"
    @x.getter
    def x(self):
        "new"
        return 5
print(Q.x.__doc__, Q().x)
class NoName:
    foo = property()
class Holder:
    class cls:
        foo = property()
for obj in (Holder.cls(),):
    for op in (lambda: obj.foo, lambda: setattr(obj, "foo", 1), lambda: delattr(obj, "foo")):
        try: op()
        except AttributeError as e: print(e)
pr = property()
for i in (0, 1, 3):
    try: pr.__set_name__(*([0] * i))
    except TypeError as e: print(e)
def g(): pass
g.__isabstractmethod__ = True
print(property(g).__isabstractmethod__, classmethod(g).__isabstractmethod__, property(f).__isabstractmethod__)
print(property.__get__(property(), None, int) is not None)
class pro(property):
    def __new__(typ, *args, **kwargs):
        return "abcdef"
p = property.__new__(pro)
p.__set_name__(A, 1)
print(p.getter(lambda self: 1))
