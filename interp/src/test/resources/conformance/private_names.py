# Private name mangling of parameters, locals, globals and attributes inside classes.
__module_private = "module"


class Vault:
    __count = 0

    def __init__(self, __seed=3):
        __doubled = __seed * 2
        self.__value = __doubled
        Vault.__count += 1

    def peek(self, *, __key=1):
        return self.__value + __key

    def varnames(self):
        return Vault.__init__.__code__.co_varnames, Vault.peek.__kwdefaults__

    def nested(self):
        __outer = 10

        def inner():
            return __outer + self.__value
        return inner()

    def comprehension(self):
        __scale = 2
        return [__i * __scale for __i in range(3)]

    def global_lookup(self):
        try:
            return __module_private
        except NameError as e:
            return str(e)


v = Vault()
print(v.peek(), v.varnames(), v.nested(), v.comprehension(), v.global_lookup())
print(sorted(k for k in vars(v)), Vault._Vault__count)
try:
    v.peek(__key=5)
except TypeError as e:
    print(e)
print(v.peek(_Vault__key=5))
