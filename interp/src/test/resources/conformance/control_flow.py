for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i, end=" ")
else:
    print("no break")
print()
for i in range(3):
    pass
else:
    print("for-else ran", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        print("three")
else:
    print("while-else", n)
x = 5
print("big" if x > 3 else "small", 1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print(0 or "default", 3 and 4, None or 0 or [], not [], not 1)
a = b = c = 7
print(a, b, c)
a, b = b + 1, a - 1
print(a, b)
i = 10
i -= 3; i *= 2; i //= 3; i **= 2; i %= 7; i <<= 3; i |= 1; i ^= 2; i &= 0xff; i >>= 1
print(i)
result = []
for x in range(3):
    for y in range(3):
        if x == y:
            continue
        if y > 1:
            break
        result.append((x, y))
print(result)
def classify(v):
    if v < 0:
        return "neg"
    elif v == 0:
        return "zero"
    elif v < 10:
        return "small"
    else:
        return "big"
print([classify(v) for v in (-5, 0, 5, 50)])
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, str)), type(1) is int, type(True))
print(callable(len), callable(1), id(x) == id(x), len(range(0, 100, 7)), range(5)[2], 3 in range(5))
