# binascii: hex, base64, uu, quoted-printable and the CRCs, compared with CPython
import binascii


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


# a deterministic byte generator (no hash order, no random module)
state = 12345


def rand_bytes(n, alphabet=None):
    global state
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = state >> 16
        out.append(alphabet[v % len(alphabet)] if alphabet else v & 0xFF)
    return bytes(out)


print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.Error.__doc__, issubclass(binascii.Error, ValueError))
print(binascii.Error('x'), repr(binascii.Incomplete(1, 2)))
print(sorted(x for x in dir(binascii) if not x.startswith('__')))

# hex
for args in [(b'\x01\x02\x03\x04\x05', ':', 2), (b'\x01\x02\x03\x04\x05', b':', -2),
             (b'\x01\x02\x03', '\xe9'), (b'\x01\x02\x03', '\u20ac'), (b'\x01\x02\x03', None),
             (b'\x01\x02\x03', 5), (b'\x01\x02\x03', [1]), (b'\x01\x02\x03', '::'),
             (b'\x01\x02\x03', ':', 'x'), (b'\x01\x02\x03', ':', 2**40), (b'\x01\x02\x03', ':', 0),
             (b'', ':', 1), (b'\x01\x02', ':', -2**31), (b'\x01\x02', ':', -2**31 - 1),
             (b'\x01\x02\x03', ':', 1.5), (b'\xff\x00\x7f\x80', ' ', 1), (b'\xff\x00\x7f\x80', ' ', 3),
             (b'\xff\x00\x7f\x80', ' ', -3), (b'\xff\x00\x7f\x80', '-', 4), ('ab',)]:
    show(binascii.hexlify, *args)
    show(binascii.b2a_hex, *args)
show(binascii.hexlify, b'\x01\x02\x03', bytes_per_sep=2)
show(binascii.hexlify, data=b'\x01', sep='-')
show(binascii.hexlify, b'', foo=1)
for s in ['abc', 'zz', '\xe91', 5, b'AbCd', 'aBcD09', b'', '0g', b'\xff\xff', ' 1']:
    show(binascii.unhexlify, s)
    show(binascii.a2b_hex, s)
data = rand_bytes(300)
print(binascii.unhexlify(binascii.hexlify(data)) == data, binascii.hexlify(data[:40]))

# uuencode
for s in [b'', '', b'!', b'#86)C\n', b'#86)C\nxx', b'#8\x016)C\n', b'#86)C`` \r\n', b'$86)C\n',
          b'\x7f', '#86)C', b'#86)C\n\n']:
    show(binascii.a2b_uu, s)
for d in [b'abc', b'', b'\x00\x00', b'x' * 45, b'x' * 46, b'hello world']:
    show(binascii.b2a_uu, d)
    show(binascii.b2a_uu, d, backtick=True)
show(binascii.b2a_uu, b'', backtick='x')
show(binascii.b2a_uu, b'', backtick=1.5)
for n in range(0, 46, 7):
    d = rand_bytes(n)
    print(n, binascii.a2b_uu(binascii.b2a_uu(d)) == d, binascii.b2a_uu(d, backtick=True))

# base64
for s in [b'YWJj\nZA==', b'YWJjZA=', b'YWJjZ', b'YWJj\xffZA==', b'YWJjZA==YWJj', b'YW=Jj', 'YWJj',
          b'', b'====', b'YQ', b'YQ=', b'YQ==', b'Y===', '\xe9', 5, b'YW Jj\r\nZA']:
    show(binascii.a2b_base64, s)
    show(binascii.a2b_base64, s, strict_mode=True)
for s in [b'=YWJjZA==', b'YWJjZA==x', b'YWJj=ZA==', b'YWJjZA=x=', b'YWJjZA===', b'YWJjZA']:
    show(binascii.a2b_base64, s, strict_mode=True)
show(binascii.a2b_base64, b'', strict_mode='x')
for d in [b'abcd', b'', b'a', b'ab', b'abc', b'\xff\xfe\xfd']:
    show(binascii.b2a_base64, d)
    show(binascii.b2a_base64, d, newline=False)
show(binascii.b2a_base64, 'abcd')
show(binascii.b2a_base64, b'', newline='x')
for n in range(0, 80, 9):
    d = rand_bytes(n)
    enc = binascii.b2a_base64(d)
    print(n, enc, binascii.a2b_base64(enc) == d, binascii.a2b_base64(enc[:-1], strict_mode=True) == d)
noisy = rand_bytes(200, b'ABCabc019+/=\n \x00\xff!')
show(binascii.a2b_base64, noisy)
for k in range(0, 200, 13):
    show(binascii.a2b_base64, noisy[k:k + 30])

# checksums
for args in [(b'hello', -1), (b'hello', 2**70 + 5), (b'hello', 1.5), (b'hello', 'x'), ('hello',),
             (b'hello',), (b'', 7), (data,), (data, 0xDEADBEEF)]:
    show(binascii.crc32, *args)
for args in [(b'hello', 0), (b'hello', -1), (b'hello',), (data, 0x1234), (b'', 0x12345)]:
    show(binascii.crc_hqx, *args)
print(binascii.crc32(data[100:], binascii.crc32(data[:100])) == binascii.crc32(data))

# quoted-printable
for d in [b'hello = world\t\n.\nfoo_bar \r\n', b'x' * 100 + b'\xff\n', b'a b\t', b'a\r\nb\n',
          b'.', b'.\n', b'line \nnext\t\r\n', b'\x00\x01=\x7f', b'a' * 74 + b'=b', b'a' * 75 + b'\n']:
    show(binascii.b2a_qp, d)
    show(binascii.b2a_qp, d, header=True)
    show(binascii.b2a_qp, d, quotetabs=True)
    show(binascii.b2a_qp, d, istext=False)
for s in [b'a=3Db=\r\nc_d=\n=x=4', b'=\n=\r\nx=\rab=', b'=4', b'=G1=a', 'a==b', b'_x_', '=3d=3D']:
    show(binascii.a2b_qp, s)
    show(binascii.a2b_qp, s, True)
show(binascii.a2b_qp, 'a=3d', header='x')
show(binascii.a2b_qp, data=b'a')
show(binascii.b2a_qp, b'', 2**40)
for k in range(6):
    d = rand_bytes(120, b'ab \t\r\n=._\x00\xe9')
    enc = binascii.b2a_qp(d, k & 1, k & 2, k & 4)
    print(enc, binascii.a2b_qp(enc, k & 4) == d)

# other bytes-like objects
for v in (bytearray(b'\x01\xab'), memoryview(b'\x01\xab'), memoryview(b'xx\x01\xabyy')[2:4]):
    print(binascii.hexlify(v, '-'), binascii.crc32(v), binascii.crc_hqx(v, 1), binascii.b2a_base64(v),
          binascii.b2a_uu(v), binascii.b2a_qp(v))
    print(binascii.a2b_base64(bytearray(b'YWJj')), binascii.unhexlify(memoryview(b'01ab')),
          binascii.a2b_qp(bytearray(b'=41')), binascii.a2b_uu(bytearray(b'!80\n')))
show(binascii.hexlify, b'ab', bytearray(b'-'))
