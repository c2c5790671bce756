# Zero-argument super() reads the calling frame (its first argument and the __class__ cell);
# __classcell__ checks in type.__new__ and __build_class__; a metaclass's own mro().

def check(f, *args):
    try:
        print(f(*args))
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)


class Base:
    def hello(self):
        return 'Base.hello'


class Child(Base):
    def hello(self):
        return 'Child>' + super().hello()

    def cell_self(self):
        def inner():
            return self
        return super().hello() + ' ' + str(inner() is self)

    def varargs(*args):
        return super().hello()

    def deleted(self):
        del self
        return super()

    def emptied(self):
        nonlocal __class__
        del __class__
        return super()

    def renamed(self):
        sup = super
        return sup().hello()

    @classmethod
    def cm(cls):
        return super().__class__.__name__, super().__thisclass__.__name__

    def gen(self):
        yield super().hello()


print(Child().hello(), Child().cell_self(), Child().renamed())
check(Child().varargs)
print(Child.cm(), list(Child().gen()))
check(Child().deleted)
check(Child().emptied)


def no_args():
    return super()


def no_class(x):
    return super()


check(no_args)
check(no_class, 1)


class Holder:
    def kwonly(*, k):
        return super()

    def meth(self):
        super()


check(lambda: Holder.kwonly(k=1))


def make_cell():
    k = 1

    def g():
        return k
    return g.__closure__[0]


check(Holder.meth, make_cell())
check(super, int, int, int)
check(super, 1, int)
check(lambda: super(int, x=1))


class DropsCell(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop('__classcell__', None)
        return super().__new__(cls, name, bases, namespace)


class SetsCell(type):
    def __new__(cls, name, bases, namespace, cell):
        namespace['__classcell__'] = cell
        return super().__new__(cls, name, bases, namespace)


class WrongCell(type):
    def __new__(cls, name, bases, namespace):
        made = super().__new__(cls, name, bases, namespace)
        type('Other', (), namespace)
        return made


try:
    class Plain(metaclass=DropsCell):
        pass
    print('no cell needed')

    class UsesClass(metaclass=DropsCell):
        def f(self):
            return __class__
except RuntimeError as e:
    print(e)
for bad in (None, 0, ''):
    try:
        class A(metaclass=SetsCell, cell=bad):
            pass
    except TypeError as e:
        print(e)
try:
    class B(metaclass=WrongCell):
        def f(self):
            return __class__
except TypeError as e:
    print(e)


class Meta(type):
    def mro(cls):
        print('mro of', cls.__name__, cls.__dict__['f']())
        return [cls] + super().mro()[1:]


class WithMro(metaclass=Meta):
    def f():
        return __class__


print(WithMro.__mro__, WithMro.mro())


class Reversing(type):
    def mro(cls):
        return [cls, object, *cls.__bases__]


class X:
    who = 'X'


class Y(X, metaclass=Reversing):
    pass


print(Y.__mro__, Y.who)


class BadMro(type):
    def mro(cls):
        return [cls, int, object]


class NotClass(type):
    def mro(cls):
        return [cls, 1]


for meta in (BadMro, NotClass):
    try:
        meta('Z', (), {})
    except TypeError as e:
        print(e)
