data = {"name": "Ada", "age": 36, "score": 98.5}
print("%(name)s is %(age)d" % data)
print("%s|%r|%5.1f|%-6s|%03d|%+d|%x|%o|%e|%g" % ("s", "r", 2.25, "left", 7, 5, 255, 8, 12345.6789, 0.00001))
print("{name:>10}|{age:<4}|{score:08.2f}".format(**data))
print("{0[name]} {0[age]}".format(data), "{.real}".format(3))
print(format(1234.5678, ".2f"), format(42, "b"), format(255, "#06x"), format("s", "^5"), format(0.5, "%"))
print(f"{'x':*^9}", f"{12345:_}", f"{-1.5:+.1e}", f"{3.0:g}", f"{1e-5:g}", f"{123456789:.3g}")
print(str(1e300 * 1e10), repr(2.0 ** 0.5), 1.0, 100.0, 1e-4, 0.1 ** 5, 2 ** 0.5 * 2 ** 0.5)
for v in [0.1, 1 / 3, 2.5, 1e15, 1e16, 12345.6789, -0.000123, 5e-324, 1.7976931348623157e308]:
    print(repr(v), str(v), f"{v:.3f}", f"{v:g}")
print(round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-2.5), round(7.5))
print(int(1e20), int(-1e20), float(2**70), 2**70 / 3, 10 ** 30 // 7)
print("%.0f %.1f %.2f" % (0.5, 0.25, 0.125), "%5s|%-5d|" % ("ab", 3))
print("{:,.2f}".format(1234567.891), "{:>+8.3f}".format(3.14159), "{:=+8d}".format(-42))
