# Python subclasses of float, and float.hex, as CPython 3.11
import warnings, pickle, copy, math
warnings.simplefilter("always")
class F(float):
    pass
f = F(2.5)
print(type(f).__name__, f, repr(f), f + 1, 1 + f, f * 2, -f, +f, abs(F(-1.5)), type(+f).__name__)
print(isinstance(f, float), f == 2.5, f < 3, hash(f) == hash(2.5), int(f), round(f), math.floor(f))
f.x = 1
print(f.x, f.__dict__, float(f), type(float(f)).__name__, f.real, type(f.real).__name__)
print(f.is_integer(), f.hex(), f.as_integer_ratio(), format(f, ".3f"), "%.2f" % f, str(f))
g = pickle.loads(pickle.dumps(f))
print(type(g).__name__, g, g.__dict__)
print(type(copy.copy(f)).__name__)
class Foo2(float):
    def __float__(self):
        return 42.
print(float(Foo2()))
class Foo3(float):
    def __new__(cls, value=0.):
        return float.__new__(cls, 2 * value)
    def __float__(self):
        return self
print(float(Foo3(21)))
class OtherFloat(float):
    pass
class G:
    def __float__(self):
        return OtherFloat(42.)
print(float(G()), type(float(G())).__name__, type(F(G())).__name__)
try:
    F(x=0)
except TypeError as e:
    print("TypeError", e)
print(F.fromhex("0x1p3"), type(F.fromhex("0x1p3")).__name__)
print(sorted([F(3.0), 1.0, F(-2.0)]), max(F(1.0), F(5.0)), sum([F(1.5), F(2.5)]))
print(math.sqrt(F(16.0)), divmod(F(7.5), 2), F(7.5) // 2, F(7.5) % 2, 2 ** F(3.0))
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 3.0e-310]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
