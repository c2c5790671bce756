# zlib: round trips in every wbits form, streaming objects, checksums and errors, compared with
# CPython. Compressed bytes may differ from CPython's, so the program prints round-trip results,
# headers and the decompression of streams CPython produced (the literals below, made by the
# oracle's zlib).
import zlib


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r) if len(repr(r)) < 200 else ('len', len(r), zlib.crc32(r)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


TEXT = b'The quick brown fox jumps over the lazy dog. ' * 8 + bytes(range(256))
state = 99


def rand_text(n):
    global state
    words = [b'alpha', b'beta', b'gamma', b'delta', b'\x00\xff', b'zz', b'taipan', b'\n']
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(words[(state >> 16) % len(words)])
    return b' '.join(out)


ZLIB9 = bytes.fromhex(
    '78da0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7'
    'eb29848c2a265731032313330b2b1b3b072717370f2f1fbf80a090b088a898b884a494b48cac9cbc82a292b2'
    '8aaa9aba86a696b68eae9ebe81a191b189a999b985a595b58dad9dbd83a393b38bab9bbb87a797b78faf9f7f'
    '4060507048685878446454744c6c5c7c426252724a6a5a7a466656764e6e5e7e416151714969597945655575'
    '4d6d5d7d436353734b6b5b7b476757774f6f5fff848993264f993a6dfa8c99b366cf993b6ffe82858b162f59'
    'ba6cf98a95ab56af59bb6efd868d9b366fd9ba6dfb8e9dbb76efd9bb6fff8183870e1f397aecf88993a74e9f'
    '397beefc858b972e5fb97aedfa8d9bb76edfb97beffe83878f1e3f79faecf98b97af5ebf79fbeefd878f9f3e'
    '7ff9faedfb8f9fbf7efff9fbef3f0052c500c8')
ZLIB_W10 = bytes.fromhex(
    '28910bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7'
    'eb29848c2a265731032313330b2b1b3b072717370f2f1fbf80a090b088a898b884a494b48cac9cbc82a292b2'
    '8aaa9aba86a696b68eae9ebe81a191b189a999b985a595b58dad9dbd83a393b38bab9bbb87a797b78faf9f7f'
    '4060507048685878446454744c6c5c7c426252724a6a5a7a466656764e6e5e7e416151714969597945655575'
    '4d6d5d7d436353734b6b5b7b476757774f6f5fff848993264f993a6dfa8c99b366cf993b6ffe82858b162f59'
    'ba6cf98a95ab56af59bb6efd868d9b366fd9ba6dfb8e9dbb76efd9bb6fff8183870e1f397aecf88993a74e9f'
    '397beefc858b972e5fb97aedfa8d9bb76edfb97beffe83878f1e3f79faecf98b97af5ebf79fbeefd878f9f3e'
    '7ff9faedfb8f9fbf7efff9fbef3f0052c500c8')
RAW = bytes.fromhex(
    '0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29'
    '848c2a265731032313330b2b1b3b072717370f2f1fbf80a090b088a898b884a494b48cac9cbc82a292b28aaa'
    '9aba86a696b68eae9ebe81a191b189a999b985a595b58dad9dbd83a393b38bab9bbb87a797b78faf9f7f4060'
    '507048685878446454744c6c5c7c426252724a6a5a7a466656764e6e5e7e4161517149695979456555754d6d'
    '5d7d436353734b6b5b7b476757774f6f5fff848993264f993a6dfa8c99b366cf993b6ffe82858b162f59ba6c'
    'f98a95ab56af59bb6efd868d9b366fd9ba6dfb8e9dbb76efd9bb6fff8183870e1f397aecf88993a74e9f397b'
    'eefc858b972e5fb97aedfa8d9bb76edfb97beffe83878f1e3f79faecf98b97af5ebf79fbeefd878f9f3e7ff9'
    'faedfb8f9fbf7efff9fbef3f00')
GZIP = bytes.fromhex(
    '1f8b08000000000000030bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014a'
    'e72456552aa4e4a7eb29848c2a265731032313330b2b1b3b072717370f2f1fbf80a090b088a898b884a494b4'
    '8cac9cbc82a292b28aaa9aba86a696b68eae9ebe81a191b189a999b985a595b58dad9dbd83a393b38bab9bbb'
    '87a797b78faf9f7f4060507048685878446454744c6c5c7c426252724a6a5a7a466656764e6e5e7e41615171'
    '49695979456555754d6d5d7d436353734b6b5b7b476757774f6f5fff848993264f993a6dfa8c99b366cf993b'
    '6ffe82858b162f59ba6cf98a95ab56af59bb6efd868d9b366fd9ba6dfb8e9dbb76efd9bb6fff8183870e1f39'
    '7aecf88993a74e9f397beefc858b972e5fb97aedfa8d9bb76edfb97beffe83878f1e3f79faecf98b97af5ebf'
    '79fbeefd878f9f3e7ff9faedfb8f9fbf7efff9fbef3f00e47dc8c068020000')
RLE_SYNC = bytes.fromhex(
    '780104c18b0140300c40c155de04a6e902544855454bfca6771754a89e626668766f4cf6b078d90fec92c6a9'
    'c2da7f2fa3cd1d4185ea29668666f7c6640f8b97fdc02e699c2aacfdf732dadc1154a89e62e6070000ffff05'
    'c103009c600006d0d9b6f7cd6eb66ddfccbafeeabaeaef72cdb66ddbb66ddbb6edbdc719d4d520500fb2adea'
    '26a8430c581281c2063e782a32084904313b128e8233a8ab41a01e645bd54d508718b02402850d7cf0546410'
    '92086276241c0567505783403dc8b6aa9ba00e316049040a1bf8e0a9c8202411c4ec48380acea0ae06817a90'
    '6d5537411d62c092081436f0c1539141482288d99170149c415d0d02f520dbaa6e823ac4802511286ce083a7'
    '2283904410b323e1283883ba1a04ea41b655dd047588014b2250d8c0074f450671e2c68b9f2061a2c4499226'
    '4b9e2265aad469d2a64b9f2163a6cc59b266cb9e2367aedcc893375ffe02050b152e52b458f1124cc952a5cb'
    '942d57be42c54a95ab54ad56bd46cd5ab5ebd4ad57bf41c3468d9b346dd6bc45cb56addbb40db56bdfa163a7'
    'ce5dba76ebdea327cb8579228852448e2aaa46f598615ab6e37a7ed0ab779fbefdfa0f183868f090a1c3868f'
    '18396af498b1e3c64f983869f294a9d3a6cf98396bf69cb9f3e62f58b868f192a5cb96af58b96af59ab5ebd6'
    '6fd8b869f396addbb6efd8b96bf79ebdfbf61f3878e8f091a3c78e9f3879eaf499b3e7ce5fb878e9f295abd7'
    'aedfb879ebf69dbbf7ee3f78f8e8f193a7cf9ebf78f9eaf59bb7efde7ff8f8e9f397afdfbefff8f9ebf79fbf'
    'fffe0352c500c8')
ZDICT = bytes.fromhex(
    '78bb72a5090d0bc94855284493cb2acd2d2856c82f4b2d5228014ac394ea298c2a265b31032313330b2b1b3b'
    '072717370f2f1fbf80a090b088a898b884a494b48cac9cbc82a292b28aaa9aba86a696b68eae9ebe81a191b1'
    '89a999b985a595b58dad9dbd83a393b38bab9bbb87a797b78faf9f7f4060507048685878446454744c6c5c7c'
    '426252724a6a5a7a466656764e6e5e7e4161517149695979456555754d6d5d7d436353734b6b5b7b47675777'
    '4f6f5fff848993264f993a6dfa8c99b366cf993b6ffe82858b162f59ba6cf98a95ab56af59bb6efd868d9b36'
    '6fd9ba6dfb8e9dbb76efd9bb6fff8183870e1f397aecf88993a74e9f397beefc858b972e5fb97aedfa8d9bb7'
    '6edfb97beffe83878f1e3f79faecf98b97af5ebf79fbeefd878f9f3e7ff9faedfb8f9fbf7efff9fbef3f0052'
    'c500c8')
ZDICT_RAW = bytes.fromhex(
    '0bc94855284493cb2acd2d2856c82f4b2d5228014ac394ea298c2a265b31032313330b2b1b3b072717370f2f'
    '1fbf80a090b088a898b884a494b48cac9cbc82a292b28aaa9aba86a696b68eae9ebe81a191b189a999b985a5'
    '95b58dad9dbd83a393b38bab9bbb87a797b78faf9f7f4060507048685878446454744c6c5c7c426252724a6a'
    '5a7a466656764e6e5e7e4161517149695979456555754d6d5d7d436353734b6b5b7b476757774f6f5fff8489'
    '93264f993a6dfa8c99b366cf993b6ffe82858b162f59ba6cf98a95ab56af59bb6efd868d9b366fd9ba6dfb8e'
    '9dbb76efd9bb6fff8183870e1f397aecf88993a74e9f397beefc858b972e5fb97aedfa8d9bb76edfb97beffe'
    '83878f1e3f79faecf98b97af5ebf79fbeefd878f9f3e7ff9faedfb8f9fbf7efff9fbef3f00')
FIXED_FULL = bytes.fromhex(
    '78010ac94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7'
    'eb2984801403000000ffff2bcd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228c94855c849ac'
    'aa5448c94fd7530801f20a4b47154342838191899985958d9d83938b9b87978f5f4050485844544c5c42524a'
    '5a46564e5e4151495945554d5d43534b5b47574fdfc0d0c8d8c4d4ccdcc2d2cadac6d6cedec1d1c9d9c5d5cd'
    'ddc3d3cbdbc7d7cf3f2030283824342c3c22322a3a26362e3e2131293925352d3d23332b3b27372fbfa0b0a8'
    'b8a4b4acbca2b2aabaa6b6aebea1b1a9b9a5b5adbda3b3abbba7b7af7fc2c44993a74c9d367dc6cc59b3e7cc'
    '9d377fc1c2458b972c5db67cc5ca55abd7ac5db77ec3c64d9bb76cddb67dc7ce5dbbf7ecddb7ffc0c143878f'
    '1c3d76fcc4c953a7cf9c3d77fec2c54b97af5cbd76fdc6cd5bb7efdcbd77ffc1c3478f9f3c7df6fcc5cb57af'
    'dfbc7df7fec3c74f9fbf7cfdf6fdc7cf5fbffffcfdf71f0052c500c8')
GZIP_FLAGS = bytes.fromhex(
    '1f8b081e000000000003030078797a6e616d652e747874006120636f6d6d656e7400b5e60bc94855282ccd4c'
    'ce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29848c2a2657310323'
    '13330b2b1b3b072717370f2f1fbf80a090b088a898b884a494b48cac9cbc82a292b28aaa9aba86a696b68eae'
    '9ebe81a191b189a999b985a595b58dad9dbd83a393b38bab9bbb87a797b78faf9f7f40605070486858784464'
    '54744c6c5c7c426252724a6a5a7a466656764e6e5e7e4161517149695979456555754d6d5d7d436353734b6b'
    '5b7b476757774f6f5fff848993264f993a6dfa8c99b366cf993b6ffe82858b162f59ba6cf98a95ab56af59bb'
    '6efd868d9b366fd9ba6dfb8e9dbb76efd9bb6fff8183870e1f397aecf88993a74e9f397beefc858b972e5fb9'
    '7aedfa8d9bb76edfb97beffe83878f1e3f79faecf98b97af5ebf79fbeefd878f9f3e7ff9faedfb8f9fbf7eff'
    'f9fbef3f00e47dc8c068020000')

print(sorted((k, getattr(zlib, k)) for k in dir(zlib) if k.isupper() or k.startswith('Z_')))
print(zlib.error.__mro__, zlib.error.__module__)
print(sorted(x for x in dir(zlib) if not x.startswith('__')))
c, d = zlib.compressobj(), zlib.decompressobj()
print(type(c).__name__, type(c).__module__, type(d).__name__,
      sorted(x for x in dir(c) if not x.startswith('__')),
      sorted(x for x in dir(d) if not x.startswith('__')))

# streams CPython made
for name, lit, w in [('zlib9', ZLIB9, 15), ('zlib_w10', ZLIB_W10, 10), ('raw', RAW, -15),
                     ('gzip', GZIP, 31), ('gzip auto', GZIP, 47), ('zlib auto', ZLIB9, 40),
                     ('rle_sync', RLE_SYNC, 15), ('fixed_full', FIXED_FULL, 0),
                     ('gzip_flags', GZIP_FLAGS, 16 + 15), ('zlib_w10 as 9', ZLIB_W10, 9),
                     ('gzip as zlib', GZIP, 15), ('zlib as gzip', ZLIB9, 31), ('raw as zlib', RAW, 15)]:
    show(lambda: (name, zlib.decompress(lit, w) == TEXT))
show(zlib.decompress, ZDICT)
d = zlib.decompressobj(zdict=b'quick brown fox lazy dog')
print(d.decompress(ZDICT) == TEXT, d.eof, d.unused_data)
show(lambda: zlib.decompressobj(zdict=b'wrong').decompress(ZDICT))
d = zlib.decompressobj(-15, zdict=b'quick brown fox lazy dog')
print(d.decompress(ZDICT_RAW) == TEXT, d.eof)
show(zlib.decompressobj, zdict=5)
show(zlib.compressobj, zdict='str')

# corrupted and truncated CPython streams
show(zlib.decompress, ZLIB9[:-3])
show(zlib.decompress, ZLIB9[:-1] + bytes([ZLIB9[-1] ^ 1]))
show(zlib.decompress, ZLIB9 + b'trailing')
show(zlib.decompress, GZIP[:-2] + bytes([GZIP[-2] ^ 1]) + GZIP[-1:], 31)
show(zlib.decompress, GZIP[:-6] + bytes([GZIP[-6] ^ 1]) + GZIP[-5:], 31)
show(zlib.decompress, GZIP[:2] + b'\x07' + GZIP[3:], 31)
show(zlib.decompress, GZIP[:3] + b'\xe0' + GZIP[4:], 31)
show(zlib.decompress, GZIP_FLAGS[:30] + bytes([GZIP_FLAGS[30] ^ 1]) + GZIP_FLAGS[31:], 31)
show(zlib.decompress, GZIP_FLAGS[:20], 31)
for bad in [b'xxxx', b'', b'\x03\x00', b'x\x9c\x07\x00', b'\x78\x01', b'\x88\x9c']:
    show(zlib.decompress, bad)
show(zlib.decompress, b'\x07\x00', -15)
show(zlib.decompress, ZLIB9, 15, 0)
show(zlib.decompress, ZLIB9, 15, -1)
show(zlib.decompress, ZLIB9, bufsize=3, wbits=15)

# our own streams: every wbits form, levels, strategies
data = rand_text(20000)
for w in (8, 9, 10, 12, 15, -9, -12, -15, 25, 28, 31):
    for level in (0, 1, 6, 9, -1):
        comp = zlib.compress(data, level, w)
        dw = w if w != 8 else 9
        auto = 47 if w > 15 else 0 if w > 0 else w
        print(w, level, comp[:2].hex() if 8 <= w <= 15 else comp[:10].hex() if w > 15 else '',
              zlib.decompress(comp, dw) == data, zlib.decompress(comp, auto) == data)
for w in (7, -8, 16, 24, 32, 40, -16):
    show(zlib.compress, data, 6, w)
for lv in (10, -2):
    show(zlib.compress, data, lv)
for w in (7, 17, 33, 48, -7, -16):
    show(zlib.decompressobj, w)
    show(zlib.decompress, ZLIB9, w)
for args in [dict(strategy=99), dict(method=7), dict(memLevel=10), dict(memLevel=0),
             dict(wbits=8), dict(level=11)]:
    show(lambda: zlib.compressobj(**args) and 'ok')
for strategy in range(5):
    c = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    out = c.compress(data[:1000]) + c.flush(zlib.Z_SYNC_FLUSH) + c.compress(data[1000:])
    out += c.flush(zlib.Z_FULL_FLUSH) + c.compress(b'tail') + c.flush()
    print(strategy, out[:2].hex(), zlib.decompress(out) == data + b'tail')

# compression objects
c = zlib.compressobj(zdict=b'alpha beta gamma')
head = c.compress(b'')
out = head + c.compress(data) + c.flush()
print(head, zlib.decompressobj(zdict=b'alpha beta gamma').decompress(out) == data)
show(zlib.decompress, out)
c = zlib.compressobj(9, zlib.DEFLATED, 31)
out = c.compress(b'') + c.compress(data[:7000]) + c.flush(zlib.Z_PARTIAL_FLUSH) + c.compress(data[7000:])
out += c.flush(zlib.Z_BLOCK) + c.flush(zlib.Z_NO_FLUSH) + c.flush()
print(out[:10].hex(), zlib.decompress(out, 31) == data)
show(c.compress, b'x')
show(c.flush)
show(c.copy)
c = zlib.compressobj()
show(c.flush, 99)
show(c.flush, zlib.Z_TREES)
show(c.flush, zlib.Z_NO_FLUSH)
c = zlib.compressobj(level=1, wbits=-12)
a = c.compress(data[:30000])
c2 = c.copy()
a2 = c2.compress(b'other')
print(zlib.decompress(a + c.flush(), -12) == data[:30000], zlib.decompress(a + a2 + c2.flush(), -12) == data[:30000] + b'other')

# decompression objects
comp = zlib.compress(data)
d = zlib.decompressobj()
show(d.decompress, comp, -1)
pieces = []
x = d.decompress(comp + b'extra', 1000)
while not d.eof:
    pieces.append(len(x))
    x = d.decompress(d.unconsumed_tail, 1000)
print(len(pieces), d.eof, d.unused_data, d.unconsumed_tail)
show(d.decompress, b'more')
print(d.unused_data, d.unconsumed_tail, d.eof)
show(d.flush, 0)
show(d.flush)
print(d.eof, d.unused_data)
show(d.copy)
d = zlib.decompressobj()
out = b''
for i in range(0, len(comp), 997):
    out += d.decompress(comp[i:i + 997])
print(out == data, d.eof, d.unused_data)
d = zlib.decompressobj(31)
out = b''
for i in range(len(GZIP_FLAGS)):
    out += d.decompress(GZIP_FLAGS[i:i + 1])
print(out == TEXT, d.eof, d.unused_data)
d = zlib.decompressobj()
first = d.decompress(comp[:len(comp) // 2])
d2 = d.copy()
rest = d.decompress(comp[len(comp) // 2:] + b'zz')
rest2 = d2.decompress(comp[len(comp) // 2:])
print(first + rest == data, first + rest2 == data, d.unused_data, d2.unused_data, d.eof, d2.eof)
d = zlib.decompressobj()
show(d.decompress, comp[:-3])
show(lambda: d.flush() == b'')
print(d.eof)
d = zlib.decompressobj()
show(d.decompress, b'garbage')
show(d.decompress, b'garbage')
show(lambda: zlib.decompressobj(zdict=b'quick brown fox lazy dog').decompress(b'', max_length=5))
d = zlib.decompressobj()
show(d.decompress, ZDICT)
print(d.eof, d.unused_data, len(d.unconsumed_tail))

# checksums
for args in [(b'abc',), (b'abc', -1), (b'abc', 2**33 + 7), (data,), (data, 12345), (b'', 2**40)]:
    show(zlib.crc32, *args)
    show(zlib.adler32, *args)
show(zlib.adler32, 'abc')
show(zlib.crc32, b'abc', 1.5)
print(zlib.adler32(data[1000:], zlib.adler32(data[:1000])) == zlib.adler32(data))
print(zlib.crc32(data[1000:], zlib.crc32(data[:1000])) == zlib.crc32(data))
show(zlib.compress, data=b'')
show(zlib.compress, b'', 5.5)
show(zlib.compress, b'', 2**40)
show(zlib.compress, 'text')
show(zlib.decompress, 'text')

# other bytes-like objects, and gzip over zlib
for v in (bytearray(TEXT), memoryview(TEXT), memoryview(b'xx' + TEXT)[2:]):
    print(zlib.decompress(bytearray(zlib.compress(v))) == TEXT, zlib.crc32(v), zlib.adler32(v),
          zlib.decompressobj().decompress(memoryview(ZLIB9)) == TEXT)
c = zlib.compressobj(zdict=bytearray(b'quick brown fox lazy dog'))
print(zlib.decompressobj(zdict=memoryview(b'quick brown fox lazy dog')).decompress(c.compress(TEXT) + c.flush()) == TEXT)
import gzip
print(gzip.decompress(GZIP) == TEXT, gzip.decompress(GZIP_FLAGS + GZIP) == TEXT * 2)
print(gzip.decompress(gzip.compress(data, mtime=0)) == data, gzip.compress(b'abc', mtime=0)[:10])
