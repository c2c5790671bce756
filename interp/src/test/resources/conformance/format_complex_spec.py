# format() of complex numbers and the spec parser's errors, as CPython 3.11's formatter
for s in [',,', '__', ',_', '_,', '', '.3', '+', ' ', '>12.3', 'z', '.0', '.0e', ',.2f', 'n', '10.3g', '#', '010', '0<10', '=10', 'x', '%', '^20', '*^30.2e', 'z.1f', '-', 'E', 'F', 'G', ',', '_']:
  for v in [1.5-2.25j, 2j, -0.0+0j, 1234567.5+1j, complex(float('nan'), float('-inf')), -1e-7j, complex(-0.0, -0.0), 1e20+1e-20j]:
    try: print(repr(s), repr(format(v, s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['.3000000000f', '.2147483648f', '99999999999999999999', 'z.1f', 'z.0f', 'z%', 'z.2e', 'z', 'z.3g', '010.2f', '0=10', ',_', '_,', 'z,.0f']:
  for v in [-0.01, -0.0, 0.0, -1e-9, float('-inf'), float('nan'), -1234.5]:
    try: print(s, repr(format(v, s)))
    except Exception as e: print(s, type(e).__name__, e)
tests5 = [("{:,_}", 1), ("{:_,}", 1), ("{:%M}", 1j), ("{:z.1f}", -0.01), ("{:.1f}", -0.0), ("%.1f", -0.0)]
for f, v in tests5:
    try:
        print(repr(f.format(v)) if not f.startswith('%') else repr(f % v))
    except Exception as e:
        print(type(e).__name__, e)
for spec in ["", "10", "<20", ">20.3", "^+15.2e", "g", ".3g", "10.2f", "#x"]:
    try: print(repr(format(1.5-2.25j, spec)))
    except Exception as e: print(spec, type(e).__name__, e)
try: print(repr(format(3j, "=10")))
except Exception as e: print(type(e).__name__, e)
try: print(repr(format(3j, "010")))
except Exception as e: print(type(e).__name__, e)
try: print('%.*f' % (9223372036854775808, 1.0))
except Exception as e: print(type(e).__name__, e)
try: print(format(1.0, '.9223372036854775808f'))
except Exception as e: print(type(e).__name__, e)
try: print('{:.9223372036854775808}'.format(1.0))
except Exception as e: print(type(e).__name__, e)

for spec in ["\U0001f5a4>z6.1f", "\U0001f600^7", "\U0001d11e<4d", "\U0001f600=+8.2f"]:
    for v in (-0.0, 5, 3.5, "ab"):
        try:
            print(repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
