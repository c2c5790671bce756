# The builtin hash modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2) and hashlib over them,
# compared with CPython (whose hashlib uses OpenSSL: only digests are compared through hashlib).
import _blake2
import _md5
import _sha1
import _sha256
import _sha3
import _sha512
import hashlib
import warnings


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


state = 5


def rand_bytes(n):
    global state
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((state >> 16) & 0xFF)
    return bytes(out)


for m in (_md5, _sha1, _sha256, _sha512, _sha3, _blake2):
    print(m.__name__, sorted(x for x in dir(m) if not x.startswith('__')))
print({k: getattr(_blake2, k) for k in dir(_blake2) if k.isupper()})
print(_sha3.keccakopt, _sha3.implementation, _md5.MD5Type, _sha512.SHA384Type)

CONSTRUCTORS = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384,
                _sha512.sha512, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512,
                _blake2.blake2b, _blake2.blake2s]
data = rand_bytes(1000)
for c in CONSTRUCTORS:
    h = c()
    print(type(h).__name__, type(h).__module__, h.name, h.digest_size, h.block_size,
          sorted(x for x in dir(h) if not x.startswith('__')))
    print(' ', c(b'abc').hexdigest(), c(b'').digest()[:8])
    # every split of the input at and around block boundaries gives the same digest
    one = c(data).hexdigest()
    ok = True
    for cut in (0, 1, 63, 64, 65, 127, 128, 129, 136, 144, 168, 500, 1000):
        g = c(data[:cut])
        g.update(data[cut:])
        ok = ok and g.hexdigest() == one
    print(' ', one, ok)
    g = c(b'abc')
    k = g.copy()
    k.update(b'def')
    print(' ', g.hexdigest() == c(b'abc').hexdigest(), k.hexdigest() == c(b'abcdef').hexdigest(),
          g.digest() == g.digest())
    show(c, 'text')
    show(c, 5)
    show(g.update, 'text')
    show(g.update, None)

for c in (_md5.md5, _sha1.sha1, _sha256.sha256, _sha512.sha512):
    print(c(string=b'a').hexdigest(), c(b'a', usedforsecurity=False).hexdigest())
    show(c, data=b'a')
print(_sha3.sha3_256(b'a', usedforsecurity=False).hexdigest())

# SHA-3 sponge details and SHAKE
h = _sha3.sha3_256()
print(h._capacity_bits, h._rate_bits, h._suffix, _sha3.shake_256()._suffix)
for c in (_sha3.shake_128, _sha3.shake_256):
    s = c(b'abc')
    print(s.name, s.digest_size, s.block_size, s._capacity_bits, s._rate_bits)
    print(' ', s.hexdigest(0), s.hexdigest(1), s.hexdigest(32), s.digest(200)[-8:])
    print(' ', s.digest(500) [:300] == s.copy().digest(300), c(data).hexdigest(40))
    show(s.digest, -1)
    show(s.hexdigest, 2**40)
    show(s.digest, 1.5)

# BLAKE2 parameters
for c in (_blake2.blake2b, _blake2.blake2s):
    print(c(b'a', digest_size=20, key=b'key', salt=b'salt', person=b'me').hexdigest())
    print(c(b'a', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9,
            last_node=True).hexdigest())
    print(c(key=b'k' * c.MAX_KEY_SIZE).hexdigest(), c(data, digest_size=1).hexdigest())
    print(c(salt=b's' * c.SALT_SIZE, person=b'p' * c.PERSON_SIZE).hexdigest())
    print(c(leaf_size=2**32 - 1, node_offset=2**48 - 1).hexdigest())
    for kw in [dict(digest_size=0), dict(digest_size=c.MAX_DIGEST_SIZE + 1),
               dict(key=b'k' * (c.MAX_KEY_SIZE + 1)), dict(salt=b's' * (c.SALT_SIZE + 1)),
               dict(person=b'p' * (c.PERSON_SIZE + 1)), dict(fanout=256), dict(fanout=-1),
               dict(depth=0), dict(depth=256), dict(leaf_size=-1), dict(leaf_size=2**32),
               dict(node_offset=-1), dict(node_offset=2**48), dict(node_offset=2**64),
               dict(leaf_size=2**64),
               dict(node_depth=256), dict(inner_size=c.MAX_DIGEST_SIZE + 1), dict(inner_size=-1),
               dict(key='str'), dict(digest_size='x'), dict(data=b'a'), dict(bogus=1)]:
        show(lambda: c(b'a', **kw).hexdigest())
    show(c, 'text')
    big = c(data * 20, key=b'secret')
    print(big.hexdigest(), big.copy().hexdigest() == big.hexdigest())

# hashlib over the builtin modules
print(sorted(hashlib.algorithms_guaranteed))
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'taipan')
    print(name, h.name, h.hexdigest(16) if name.startswith('shake') else h.hexdigest())
    print(' ', getattr(hashlib, name)(data).hexdigest(16) if name.startswith('shake')
          else getattr(hashlib, name)(data, usedforsecurity=False).hexdigest())
print(hashlib.new('blake2b', b'abc', digest_size=10).hexdigest(),
      hashlib.new('blake2s', b'abc', key=b'k').hexdigest())
show(hashlib.new, 'nope')
show(hashlib.new, 'sha256', 'text')
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    for args in [('sha256', b'password', b'salt', 100, 20), ('sha1', b'pw', b'NaCl', 3),
                 ('sha512', b'p' * 200, b's', 2, 100), ('md5', b'', b'', 1)]:
        show(lambda: hashlib.pbkdf2_hmac(*args).hex())

# other bytes-like objects
for v in (bytearray(b'abc'), memoryview(b'abc'), memoryview(b'xabcx')[1:4]):
    print([c(v).hexdigest()[:16] for c in CONSTRUCTORS], _sha3.shake_128(v).hexdigest(4),
          _blake2.blake2b(v, key=bytearray(b'k'), salt=memoryview(b's')).hexdigest()[:16])
    h = _md5.md5()
    h.update(v)
    print(h.hexdigest(), hashlib.sha256(v).hexdigest()[:16])

# hmac over the builtin hashes
import hmac
for digestmod in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', hashlib.sha224):
    m = hmac.new(b'key', b'msg', digestmod)
    m2 = m.copy()
    m2.update(b'more')
    print(m.name, m.digest_size, m.block_size, m.hexdigest(), m2.hexdigest(),
          hmac.new(b'k' * 200, data, digestmod).hexdigest()[:32])
print(hmac.digest(b'key', b'msg', 'sha256').hex(), hmac.compare_digest(b'a', b'a'),
      hmac.compare_digest('a', 'b'))
show(hmac.new, b'key', b'msg')
