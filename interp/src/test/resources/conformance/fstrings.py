x = 42
name = "World"
pi = 3.14159265
print(f"Hello, {name}!", f"{x}", f"{x!r}", f"{name!r}", f"{x + 1}")
print(f"{pi:.2f}", f"{pi:10.4f}|", f"{x:05d}", f"{x:>6}", f"{x:<6}|", f"{x:^6}|")
print(f"{'nested'}", f"{x * 2 = }", f"{{braces}}", f"{[1, 2][1]}")
w = 8
print(f"{pi:{w}.3f}|", f"{1234567.891:,.2f}", f"{0.5:.0%}", f"{-3:+d}", f"{3:+d}")
print(f"{'abc':.2}", f"{1e-7}", f"{1e100:g}", f"{123.456:e}", f"{True}", f"{None}")
