print(1j, 2+3j, 1-2j, -1j, complex(1,0), complex(0,0), complex(-0.0, -0.0), complex(1.5, 2.25), 1e20j, (1+2j)*(3-4j), (1+2j)/(3-4j), abs(3+4j))
print((1+2j)**2, (1+2j)**0.5, (-8)**0.5, complex('1+2j'), (1+2j).conjugate(), (2j).real, (2j).imag, hash(1+0j), hash(2j), 1+2j == 1+2j, (1+0j) == 1)
print(repr(complex(float('inf'), float('nan'))), str(3+0j), 0j, -(1+1j), +1j, 1j**2, (1+2j)-1, complex("3j"), complex("-1.5"), 2 * 1j, 1 / 2j)
try: (1+2j) < (2+3j)
except TypeError as e: print(e)
try: 1/0j
except ZeroDivisionError as e: print(e)
