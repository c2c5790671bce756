import math as m
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, 1e308, float('inf'), float('-inf'), float('nan'), 3, 2**1100, True]
for name in ['sqrt','exp','exp2','expm1','sin','cos','tan','asin','acos','atan','sinh','tanh','asinh','acosh','atanh','log1p','fabs','degrees','radians',
             'isfinite','isinf','isnan','log','log10','floor','ceil','trunc','ulp','frexp','modf']:
    out = []
    for v in vals:
        try: out.append(repr(getattr(m, name)(v)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(name, out)
for f in [lambda: m.log(8, 2), lambda: m.log(100, 10), lambda: m.log(2**1000), lambda: m.log(0), lambda: m.log(-1), lambda: m.log(1, 1), lambda: m.log('a'),
          lambda: m.pow(2, 10), lambda: m.pow(0, -1), lambda: m.pow(10, 400), lambda: m.pow(-8, 1/3), lambda: m.fmod(5.5, 2), lambda: m.fmod(1, 0), lambda: m.fmod(float('inf'), 1),
          lambda: m.remainder(10, 3), lambda: m.remainder(1, 0), lambda: m.copysign(1, -0.0), lambda: m.atan2(1, 1), lambda: m.ldexp(1.5, 3), lambda: m.ldexp(1.0, 2000), lambda: m.ldexp(1.0, 1.5),
          lambda: m.factorial(20), lambda: m.factorial(30), lambda: m.factorial(-1), lambda: m.factorial(5.0), lambda: m.gcd(), lambda: m.gcd(12, 18, -27), lambda: m.lcm(4, 6, 10), lambda: m.lcm(0, 3), lambda: m.lcm(),
          lambda: m.isqrt(10**40 + 1), lambda: m.isqrt(-1), lambda: m.comb(10, 3), lambda: m.comb(3, 10), lambda: m.comb(-1, 2), lambda: m.comb(5, -1), lambda: m.perm(5), lambda: m.perm(5, 2), lambda: m.perm(2, 5),
          lambda: m.fsum([0.1]*10), lambda: m.fsum([1e100, 1.0, -1e100]), lambda: m.fsum([float('inf'), float('-inf')]), lambda: m.fsum([1e308, 1e308]), lambda: m.prod([1,2,3]), lambda: m.prod([2,3], start=2.0), lambda: m.prod([]),
          lambda: m.hypot(3, 4), lambda: m.hypot(), lambda: m.hypot(1,2,3), lambda: m.hypot(1e308, 1e308), lambda: m.dist((0,0),(3,4)), lambda: m.dist((1,),(1,2)), lambda: m.dist([1],[2]),
          lambda: m.isclose(1.0, 1.0+1e-10), lambda: m.isclose(1, 2, abs_tol=1), lambda: m.isclose(1, 2, rel_tol=-1), lambda: m.nextafter(1, 2), lambda: m.nextafter(0, -1),
          lambda: m.floor(-2.5), lambda: m.ceil(-2.5), lambda: m.trunc(-2.5), lambda: m.floor(float('nan')), lambda: m.ceil(float('inf')), lambda: m.trunc('a'), lambda: m.floor('a'), lambda: m.sqrt('a'),
          lambda: (m.pi, m.e, m.tau, m.inf, m.nan), lambda: m.frexp(5e-324), lambda: m.frexp(-3.0), lambda: m.log2(1024), lambda: m.log10(1000)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

# erf and erfc are the C library's, as in CPython 3.11
xs = [0.0, -0.0, 1e-300, 0.1, 0.5, 1.0, -1.5, 2.5, 5.0, 6.0, 27.0, -30.0, float("inf"),
      float("-inf"), 1e-9, 0.7, 3.3]
print([math.erf(x) for x in xs])
print([math.erfc(x) for x in xs])
print(math.isnan(math.erf(float("nan"))), math.erf(1), math.erfc(True))
try:
    math.erf("x")
except TypeError as e:
    print(e)
