"""memoryview over bytes, bytearray and array.array (Objects/memoryobject.c): tuple keys (a tuple
of slices is multi-dimensional slicing, a mixed tuple an invalid key), the hash of a read-only
view kept after release, and views of array items of every size."""
import array

for obj in (bytearray(b'abc'), array.array('i', [1, 2, 3]), b'xyz'):
    m = memoryview(obj)
    for k in [(slice(0, 1, 1), 0), (slice(0, 1), slice(0, 1)), (0, 0), (0,), ('a',), (),
              (slice(0, 1),), slice(0, 1), 1, -1, 5]:
        for op in ('get', 'set'):
            try:
                if op == 'get':
                    r = m[k]
                    print(k, op, r.tolist() if isinstance(r, memoryview) else r)
                else:
                    m[k] = b'a'
                    print(k, op, 'ok')
            except Exception as e:
                print(k, op, type(e).__name__, e)

for view in (lambda b: memoryview(b), lambda b: memoryview(b)[1:7], lambda b: memoryview(b)[:7][1:]):
    b = b'XabcdefY'
    m = view(b)
    h = hash(m)
    m.release()
    print(h == hash(b'abcdef') or h == hash(b'XabcdefY'), hash(m) == h)
    m = view(b)
    m.release()
    try:
        hash(m)
    except ValueError as e:
        print('ValueError', e)
for bad in (memoryview(bytearray(b'a')), memoryview(array.array('i', [1])).toreadonly(),
            memoryview(bytearray(b'a')).toreadonly()):
    try:
        print(hash(bad))
    except Exception as e:
        print(type(e).__name__, e)

for tc in array.typecodes:
    a = array.array(tc, 'ab' if tc == 'u' else [1, 2])
    m = memoryview(a)
    print(tc, m.format, m.itemsize, m.nbytes, m.shape, m.strides, m[1] if tc != 'u' else '-',
          m.tobytes() == a.tobytes(), bytes(m[::-1]) == a[::-1].tobytes())
    if tc != 'u':
        m[0] = 3 if tc not in 'fd' else 3.5
        print(a[0], end=' ')
    m.release()
    a.append(a[0])
    print(len(a))

# 'u' arrays export format 'w', which memoryview cannot read or compare
u = array.array('u', 'ab')
m = memoryview(u)
for f in [lambda: m[0], lambda: m.tolist(), lambda: m.__setitem__(0, 'a'), lambda: list(m),
          lambda: m == m, lambda: m == memoryview(array.array('u', 'ab')), lambda: m[:1].tobytes(),
          lambda: hash(m.toreadonly()), lambda: m[0:1] == b'ab', lambda: m.cast('B').tolist()[:4]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
m.release()
n = memoryview(array.array('d', [float('nan')]))
print(n == n, n != n, memoryview(b'ab') == memoryview(b'ab'), memoryview(b'ab') == b'ab')
r = memoryview(array.array('b', [1]))
r.release()
print(r == r, r != r, r == memoryview(b'\x01'), memoryview(b'\x01') == r, r == 1, r != 'x')
