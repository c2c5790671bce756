"""The array module (Modules/arraymodule.c): construction for every typecode, item conversion and
its overflow messages, the sequence protocol with slices and steps, the methods, comparison across
typecodes, the buffer it exports (memoryview, bytes, struct, BytesIO, readinto, BufferError while
viewed), pickling through _array_reconstructor, copying and iteration."""
import array
import copy
import io
import os
import pickle
import struct
import tempfile
from collections.abc import MutableSequence


def t(f, *a, **k):
    """Calls f and prints its result or its exception (type and message)."""
    name = getattr(f, "__name__", "?")
    try:
        print(name, "->", repr(f(*a, **k)))
    except BaseException as e:
        print(name, type(e).__name__, e)


print(array.typecodes, array.ArrayType is array.array, array.array, array.array.__module__)
print(isinstance(array.array('b'), MutableSequence), array.array.__doc__.splitlines()[0])
print(array.__doc__.splitlines()[0], array._array_reconstructor)

# ---------------------------------------------------------------- typecodes and buffers
for tc in array.typecodes:
    a = array.array(tc)
    with memoryview(a) as m:
        print(tc, a.itemsize, a.typecode, m.format, m.itemsize, m.readonly, repr(a))

# ---------------------------------------------------------------- construction errors
for args in [(), ('x',), ('xx',), (1,), ('b', 'abc'), ('b', array.array('u', 'a')), ('u', [1]),
             ('h', b'abc'), ('b', 1), ('x', 1), ('x', 'abc'), ('b', [1], 2)]:
    t(array.array, *args)
t(array.array, typecode='b')
t(array.array, 'b', initializer=[1])


class A(array.array):
    pass


class WithInit(array.array):
    def __init__(self, typecode, newarg=None):
        array.array.__init__(self)
        self.newarg = newarg


print(WithInit('b', newarg=1).newarg, A('b', [1, 2]), type(A('d')).__name__)
t(A, 'b', initializer=[1])

# ---------------------------------------------------------------- initialisers
print(array.array('b', [1, 2]), array.array('b', (3, 4)), array.array('B', b'ab'),
      array.array('B', bytearray(b'cd')), array.array('u', 'abc'), array.array('i', range(4)),
      array.array('d', array.array('i', [1, 2])), array.array('i', array.array('i', [5])),
      array.array('h', b'\x01\x00\x02\x00'), array.array('u', array.array('u', 'z')),
      array.array('q', iter([7, 8])), array.array('f', {1.5: 0}))

# ---------------------------------------------------------------- item conversion
class Idx:
    def __index__(self):
        return 3


class Flt:
    def __float__(self):
        return 2.5


values = [-2**64, -2**63 - 1, -2**63, -2**31 - 1, -2**31, -2**15 - 1, -32768, -129, -128, -1, 0,
          127, 128, 255, 256, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31, 2**32 - 1, 2**32,
          2**63 - 1, 2**63, 2**64 - 1, 2**64, True, Idx(), 1.5, '1', None]
for tc in 'bBhHiIlLqQ':
    for v in values:
        try:
            a = array.array(tc, [v])
            print(tc, repr(v) if not isinstance(v, Idx) else 'Idx', '->', a[0])
        except Exception as e:
            print(tc, repr(v) if not isinstance(v, Idx) else 'Idx', type(e).__name__, e)
for tc in 'fd':
    for v in (1, 0.1, 1e39, -1e39, 1e300, 2**2000, float('nan'), float('inf'), -0.0, Flt(),
              Idx(), True, 'x', None, 16777217):
        try:
            print(tc, array.array(tc, [v]))
        except Exception as e:
            print(tc, type(e).__name__, e)
for v in ('ab', '', 1, None, b'a', '\U0001f600', '\ud800'):
    t(array.array, 'u', [v])
print(ascii(array.array('u', '\U0001f600\ud800x')), array.array('u', '\U0001f600').tobytes())
t(lambda: array.array('u', b'abcd').tounicode())
t(lambda: repr(array.array('u', b'abcd')))
a = array.array('i', [1, 2, 3])
for v in (2**31, 'x', 1.0):
    try:
        a[0] = v
    except Exception as e:
        print('set', type(e).__name__, e)
print(a)

# ---------------------------------------------------------------- sequence protocol
a = array.array('i', range(10))
print(len(a), a[0], a[-1], a[2:5], a[::2], a[::-3], a[8:2:-2], a[5:2], a[-100:100], a[:])
t(a.__getitem__, 10)
t(a.__getitem__, -11)
t(a.__getitem__, 'x')
t(a.__getitem__, 2**100)
t(a.__setitem__, 10, 1)
t(a.__delitem__, 10)
t(a.__setitem__, slice(0, 3), [1])
t(a.__setitem__, slice(0, 3), array.array('b', [1]))
t(a.__setitem__, slice(0, 6, 2), array.array('i', [1]))
t(a.__getitem__, slice(0, 1, 0))
b = array.array('i', range(10))
b[1:3] = array.array('i', [7, 8, 9, 10])
print(b)
b[2:8] = array.array('i')
print(b)
b[::2] = array.array('i', [0] * len(b[::2]))
print(b)
b[5:1] = array.array('i', [55])
print(b)
b[:] = b
print(b)
b[1:3] = b
print(b)
del b[::3]
print(b)
del b[::-2]
print(b)
del b[1:2]
del b[0]
print(b)
del b[100:]
print(b)
c = array.array('d', [1.5, 2.5])
print(c + c, c * 2, 2 * c, c * 0, c * -1, 0.5 in c, 1.5 in c, 'x' in c)
t(lambda: c + [1.0])
t(lambda: c + array.array('f'))
t(lambda: c * 'x')
t(lambda: 'x' * c)
t(lambda: c * 1.5)
t(lambda: c.__imul__('x'))
c += array.array('d', [3.5])
c *= 2
print(c, c.count(1.5), c.index(2.5), c.index(2.5, 2), c.index(1.5, -3, -1))
t(c.__iadd__, [1])
t(c.__iadd__, array.array('i'))
t(c.index, 9.0)
t(c.index, 1.5, 'x')
t(c.remove, 9.0)
print(list(c), list(reversed(c)), [x for x in iter(c)])
t(hash, c)

# ---------------------------------------------------------------- comparisons
x = array.array('i', [1, 2, 3])
for y in (array.array('b', [1, 2, 3]), array.array('i', [1, 2]), array.array('d', [1.0, 2.0, 4.0]),
          array.array('B', [1, 3]), array.array('Q')):
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(array.array('u', 'ab') == array.array('u', 'ab'), array.array('u', 'a') < array.array('u', 'b'),
      array.array('u', 'a') == array.array('i', [97]), x == [1, 2, 3])
nan = array.array('d', [float('nan')])
print(nan == nan, nan != nan, nan < nan, array.array('d', [0.0]) == array.array('f', [-0.0]))
t(lambda: x < 3)
t(lambda: array.array('u', 'a') < array.array('i', [1]))

# ---------------------------------------------------------------- methods
a = array.array('h', [1, 2, 3])
a.append(4)
a.insert(0, 0)
a.insert(-1, 35)
a.insert(100, 5)
a.insert(-100, -1)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
t(a.pop, 10)
t(array.array('h').pop)
t(a.insert, 'x', 1)
t(a.append, 'x')
t(a.append, 2**20)
a.remove(2)
a.extend([9, 8])
a.extend(array.array('h', [7]))
a.extend(a)
t(a.extend, array.array('i', [1]))
t(a.extend, 3)
t(a.extend, [1, 'x'])
print(a)
a.reverse()
print(a, a.tolist(), a.buffer_info()[1], isinstance(a.buffer_info()[0], int))
a.byteswap()
print(a)
t(a.byteswap, 1)
print(a.tobytes())
a.frombytes(b'\x01\x00')
a.frombytes(memoryview(b'\x02\x00'))
t(a.frombytes, 'x')
t(a.frombytes, b'123')
t(a.frombytes, array.array('i', [1]))
a.fromlist([5, 6])
t(a.fromlist, (1,))
t(a.fromlist, [7, 'x'])
print(a)
t(a.tounicode)
t(a.fromunicode, 'x')
u = array.array('u', 'hi')
u.fromunicode('\U0001f600!')
t(u.fromunicode, 1)
print(ascii(u.tounicode()), u.itemsize, len(u))
u.byteswap()
print(u.tobytes())
t(u.tounicode)
f = array.array('f', [0.1, 3.3, 1e39, float('-inf')])
print(f, f.tolist(), f.tobytes())
f.byteswap()
print(f.tobytes())

# ---------------------------------------------------------------- files
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'a.bin')
    with open(p, 'wb') as fh:
        array.array('i', range(5)).tofile(fh)
        array.array('i').tofile(fh)
    print(os.path.getsize(p))
    b = array.array('i')
    with open(p, 'rb') as fh:
        b.fromfile(fh, 3)
        t(b.fromfile, fh, 5)
        t(b.fromfile, fh, -1)
        t(b.fromfile, fh, 1)
    print(b)
    with open(p, 'rb') as fh:
        c = array.array('i', [0] * 3)
        print(fh.readinto(c), c)
    t(b.fromfile, 1, 2)
    t(b.tofile, 1)
bio = io.BytesIO()
bio.write(array.array('H', [1, 2]))
print(bio.getvalue())
print(io.BytesIO(b'\x05\x00\x06\x00').readinto(c), c)

# ---------------------------------------------------------------- buffer interoperation
a = array.array('i', [1, 2, 3])
print(bytes(a), bytearray(a), struct.unpack('3i', a), b'' + a)
struct.pack_into('i', a, 4, 99)
print(a)
m = memoryview(a)
print(m[1], m.tolist(), m.nbytes, m.cast('B')[:4].tolist())
m[0] = 7
print(a)
t(a.append, 1)
t(a.extend, [1])
t(a.pop)
t(a.remove, 7)
t(a.fromlist, [1])
t(a.frombytes, b'\x00' * 4)
t(a.__imul__, 2)
t(a.__imul__, 0)
t(a.__iadd__, array.array('i', [1]))
t(a.__setitem__, slice(0, 0), a)
t(a.__delitem__, 0)
t(a.__delitem__, slice(0, 1))
a[0] = 8
a[0:2] = array.array('i', [5, 6])
a.reverse()
print(a, m.tolist())
m.release()
a.append(4)
print(a)
with memoryview(a) as m2:
    t(a.append, 1)
    sub = m2[1:]
    m2.release()
    t(a.append, 1)
    sub.release()
a.append(5)
print(a)
memoryview(a)
a.append(6)
print(a)
t(a.frombytes, a)
u = array.array('u', 'ab')
t(u.fromunicode, 'c')
print(u)

# ---------------------------------------------------------------- pickling and copying
for tc, init in (('b', [1, -2]), ('B', [200]), ('u', 'ab'), ('h', [-3]), ('H', [4]), ('i', [5]),
                 ('I', [6]), ('l', [-7]), ('L', [8]), ('q', [-9]), ('Q', [2**64 - 1]),
                 ('f', [1.5]), ('d', [0.1]), ('d', [])):
    a = array.array(tc, init)
    print(tc, a.__reduce_ex__(2), a.__reduce_ex__(3), a.__reduce_ex__(5))
    for proto in range(1, pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        print(proto, b == a, type(b).__name__, end='; ')
    print()
s = A('i', [1])
s.x = 10
print(s.__reduce_ex__(2), s.__reduce_ex__(3))
s2 = pickle.loads(pickle.dumps(s, 4))
print(type(s2).__name__, s2, s2.x)
print(type(copy.copy(s)).__name__, copy.copy(s), copy.deepcopy(array.array('d', [1.0])))
R = array._array_reconstructor
for args in [("", "b", 0, b""), (str, "b", 0, b""), (array.array, "b", '', b""),
             (array.array, "b", 0, ""), (array.array, "?", 0, b""), (array.array, "b", -1, b""),
             (array.array, "b", 22, b""), (array.array, "d", 16, b"a"),
             (array.array, "i", 9, b"\x00\x00\x00\x01\xff\xff\xff\xff"),
             (array.array, "l", 8, b"\x01\x00\x00\x00"), (array.array, "b", 3, b"\x01\x00"),
             (array.array, "H", 5, b"\x80\x00"), (array.array, "d", 15, b"?\xc0\x00\x00"),
             (array.array, "f", 17, struct.pack('>d', 0.25)),
             (array.array, "u", 19, "a\U0001f600".encode('utf-16-be')),
             (array.array, "u", 18, "xy".encode('utf-16-le')),
             (array.array, "u", 21, "z".encode('utf-32-be')),
             (array.array, "u", 19, "ab\U0001f600".encode('utf-16-be')),
             (array.array, "u", 21, "zy".encode('utf-32-be')), (array.array, "b", 20, b""),
             (A, "Q", 11, b"\xff" * 8), (array.array, "b", 1, b"\xff")]:
    t(R, *args)

# ---------------------------------------------------------------- iteration
a = array.array('i', [1, 2, 3])
it = iter(a)
print(type(it).__name__, type(it).__module__, it.__reduce__(), next(it), it.__reduce__())
a.append(4)
print(list(it), it.__reduce__())
a.append(5)
print(list(it))
it2 = iter(a)
it2.__setstate__(3)
print(list(it2))
it3 = iter(a)
it3.__setstate__(-5)
print(next(it3))
it4 = pickle.loads(pickle.dumps(iter(a), 2))
print(list(it4))

# ---------------------------------------------------------------- the types themselves
for tp in (array.array, type(iter(array.array('b')))):
    for n in ('__module__', '__doc__', 'x'):
        t(setattr, tp, n, 1)
    t(delattr, tp, 'x')
t(type(iter(array.array('b'))))
t(vars, array.array('b'))

# ---------------------------------------------------------------- other buffer consumers
import binascii
import hashlib
import zlib
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'x')
    with open(p, 'wb', buffering=0) as fh:
        print(fh.write(array.array('h', [1, 2, 3])))
    with open(p, 'rb', buffering=0) as fh:
        b = array.array('h', [0, 0])
        print(fh.readinto(b), b)
    with open(p, 'rb') as fh:
        b = array.array('b', [0] * 10)
        print(fh.readinto(b), b)
print(hashlib.md5(array.array('b', [1])).hexdigest(), zlib.crc32(array.array('i', [7])),
      binascii.hexlify(array.array('H', [258])))
print(b'x'.join([array.array('b', [65]), b'B']), bytearray(b'a') + array.array('b', [66]))
print(int.from_bytes(array.array('B', [1, 2]), 'big'), array.array('b', [1]) == b'\x01')

# ---------------------------------------------------------------- more pickling and protocols
class Slotted(array.array):
    __slots__ = ('q',)


s = Slotted('i', [1])
s.q = 5
print(s.__reduce_ex__(3), s.__reduce_ex__(2), pickle.loads(pickle.dumps(s, 3)))
a = array.array('u', '\ud800x')
print(ascii(pickle.loads(pickle.dumps(a, 2))), ascii(pickle.loads(pickle.dumps(a, 4))))
print(array.array('b', [1]) in [array.array('b', [1])],
      sorted([array.array('b', [2]), array.array('b', [1, 5])]))
print(max(array.array('d', [1.5, -2.0, 7.25])), sum(array.array('I', [2**32 - 1] * 3)),
      list(enumerate(array.array('u', 'hé'))))
import operator
a = array.array('h', range(6))
operator.setitem(a, slice(1, 3), array.array('h'))
print(a, operator.concat(a, a))
print(array.array('q', [-1]).tobytes().hex(), array.array('f', [float('nan')]).tolist(),
      array.array('d', [-0.0]))
