# int.to_bytes and int.from_bytes at the edges of each length, as CPython 3.11
for v in [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**64, -2**64, 10**30]:
    for n in [0, 1, 2, 9, 14]:
        for sg in (False, True):
            for order in ("big", "little"):
                try:
                    r = v.to_bytes(n, order, signed=sg)
                    if int.from_bytes(r, order, signed=sg) != v:
                        print("roundtrip", v, end=" ")
                    print(r.hex(), end=" ")
                except OverflowError as e:
                    print("OF", end=" ")
    print()
for a in ([256], [-1], ["a"], [1.5], [1, 2, 255], (0,), []):
    try:
        print(int.from_bytes(a, "big"))
    except Exception as e:
        print(type(e).__name__, e)
