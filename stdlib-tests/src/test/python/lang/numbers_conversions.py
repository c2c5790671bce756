# int() and float() conversions, round() and float formatting, as CPython 3.11
import warnings
warnings.simplefilter("always")
print((5).as_integer_ratio(), True.as_integer_ratio(), (-7).as_integer_ratio(), type(True.as_integer_ratio()[0]))
class T:
    def __trunc__(self): return 42
class T2:
    def __trunc__(self): return 4.5
class I:
    def __index__(self): return 7
class T3:
    def __trunc__(self): return I()
for o in (T(), T2(), T3()):
    try: print(int(o))
    except Exception as e: print(type(e).__name__, e)
for s in ['  ٣.١٤  ', '\u2003 1.5 \u3000', '１２.５', '1_0.5', '٣e١']:
    try: print(float(s))
    except Exception as e: print(type(e).__name__, e)
for n in [2**100, -2**100, 400, -400, 310, -310, 2**31, -2**31]:
    for x in [1.5, 123.456, 0.0, -2.5e300, float('inf')]:
        try: print(n if abs(n) < 1000 else 'big', round(x, n))
        except Exception as e: print(type(e).__name__, e)
for b in [2**100, -2**100, 1, 37, -1, I()]:
    try: print(int('10', b))
    except Exception as e: print(type(e).__name__, e)
print(format(123.456, '.4'), format(1234.56, '.4'), format(12345.6, '.4'), format(1234.0, '.4'), format(1.0, '.1'), format(0.0001234, '.2'), format(1e-5, '.3'))
print(round(5e-324, 330), round(1e308, -308))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError", e)
for v in [1e16, 1.5, 0.1, 123456789.0, 1e-5, 12.0, 100.0]:
    for p in range(0, 19, 3):
        print(format(v, ".%d" % p), end=" ")
    print()
import sys, math
print(hash(float(sys.float_info.max)) == hash(int(sys.float_info.max)), hash(1e300), hash(-1e308), hash(5e-324), hash(2.0**1023))
print(math.copysign(1.0, float('-nan')), math.copysign(1.0, float('nan')), math.copysign(1.0, -float('nan')))
for b in (3, 36, 16, 8, 32, 10, 2, 4):
    try:
        int('2' * 4301, b)
        print(b, 'ok')
    except ValueError as e:
        print(b, e)
