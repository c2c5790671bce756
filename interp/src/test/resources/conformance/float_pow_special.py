# float ** float at every special value, as C99's pow and CPython's float_pow
INF, NAN = float('inf'), float('nan')
vals = [-INF, -2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, INF, NAN, 3.0, -3.0, 0.3]
for x in vals:
    row = []
    for y in vals:
        try:
            r = x ** y
            row.append(repr(r))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(x), ' '.join(row))
print(pow(1.0, NAN), pow(NAN, 0.0), (-8.0) ** (1/3))
