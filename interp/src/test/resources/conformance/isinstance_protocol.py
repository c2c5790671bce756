# isinstance/issubclass as PyObject_IsInstance/PyObject_IsSubclass: __class__ overrides,
# classes that are no types (a tuple __bases__), __instancecheck__/__subclasscheck__ on the
# metaclass, nested tuples and the recursion limit.

def show(f, *args):
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


class Proxy:
    def __init__(self, target):
        self.target = target

    @property
    def __class__(self):
        return type(self.target)


show(isinstance, Proxy(3), int)
show(isinstance, Proxy(3), Proxy)
show(isinstance, Proxy(3), (str, int))


class AbstractClass:
    def __init__(self, bases):
        self.bases = bases

    def getbases(self):
        return self.bases
    __bases__ = property(getbases)

    def __call__(self):
        return AbstractInstance(self)


class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass

    def getclass(self):
        return self.klass
    __class__ = property(getclass)


AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
Grandchild = AbstractClass(bases=(AbstractClass(bases=()), AbstractChild))
show(isinstance, AbstractChild(), AbstractSuper)
show(isinstance, AbstractSuper(), AbstractChild)
show(issubclass, AbstractChild, AbstractSuper)
show(issubclass, Grandchild, AbstractSuper)
show(issubclass, AbstractSuper, AbstractChild)
show(issubclass, AbstractChild, (int, AbstractSuper))
show(isinstance, 3, AbstractSuper)
show(issubclass, int, AbstractSuper)
show(issubclass, AbstractChild, int)
show(isinstance, 3, AbstractClass(bases=42))
show(issubclass, 3, int)
show(issubclass, int, 3)
show(isinstance, 3, 3)


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'yes'

    def __subclasscheck__(cls, sub):
        return sub is bool


class Checked(metaclass=Meta):
    pass


class Plain(metaclass=type('M2', (type,), {})):
    pass


show(isinstance, 'yes', Checked)
show(isinstance, Checked(), Checked)
show(isinstance, 'no', (int, Checked))
show(issubclass, bool, Checked)
show(issubclass, Checked, Checked)
show(isinstance, Plain(), Plain)
show(issubclass, Plain, (Plain, int))
show(isinstance, Proxy(Plain()), Plain)


class Raising:
    @property
    def __class__(self):
        raise RuntimeError('no class')


show(isinstance, Raising(), bool)
show(isinstance, 1, int | str)
show(issubclass, bool, int | str)
show(isinstance, 1, (str, (bytes, (int,))))

nested = int
for _ in range(10000):
    nested = (nested,)
show(isinstance, 1, nested)
show(issubclass, int, nested)
