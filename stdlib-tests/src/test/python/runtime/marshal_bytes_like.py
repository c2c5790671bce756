# marshal.loads reads any bytes-like object (importlib passes a memoryview of a .pyc's body).
import marshal

data = marshal.dumps((1, "a", b"x", 2.5, None, frozenset({3})))
print(marshal.loads(data), marshal.loads(memoryview(data)), marshal.loads(bytearray(data)))
print(marshal.loads(memoryview(b"\x00" * 4 + data)[4:]))
print(marshal.loads(marshal.dumps(bytearray(b"ab"))), marshal.loads(marshal.dumps(memoryview(b"cd"))))
for bad in ("x", 1, None):
    try:
        marshal.loads(bad)
    except TypeError as e:
        print("TypeError", e)
